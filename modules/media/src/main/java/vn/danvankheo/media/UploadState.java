package vn.danvankheo.media;

/** Where an upload is; only {@link #STARTED} takes parts, and the last three are final. */
public enum UploadState {
    STARTED,
    /** Its content is being checked; a second completion waits for the first instead of repeating it. */
    COMPLETING,
    COMPLETED,
    ABORTED,
    REJECTED
}
