package vn.danvankheo.search;

/** The orders a journalist can ask for; every one ends on the model id, so pages never overlap or skip. */
public enum SearchSort {
    RELEVANCE,
    LATEST_UPDATE,
    LATEST_RECOGNITION
}
