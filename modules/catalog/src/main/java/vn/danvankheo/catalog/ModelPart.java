package vn.danvankheo.catalog;

/** The parts of a new model a problem can be in, so a caller can point at its own field or column. */
public enum ModelPart {
    SLUG,
    NAME,
    OWNER,
    OWNER_KIND,
    REGISTERING_UNIT,
    FIELD,
    SUMMARY,
    STORY,
    DETAILS,
    YEAR_STARTED,
    LOCATION,
    PHOTOS
}
