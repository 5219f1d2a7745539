package vn.danvankheo.places.coordinates;

/** How the coordinate was written, so a screen can say what it understood. */
public enum CoordinateFormat {
    /** "21.0285, 105.8542", with or without hemisphere letters. */
    DECIMAL_DEGREES,
    /** Degrees, minutes and seconds, or degrees and decimal minutes. */
    DEGREES_MINUTES_SECONDS,
    /** Latitude and longitude on the VN-2000 datum (EPSG:4756), converted to WGS 84. */
    VN2000_GEOGRAPHIC,
    /** VN-2000 plane coordinates X (northing), Y (easting) of a provincial 3° zone, converted to WGS 84. */
    VN2000_TM3,
    /** A link copied from a web map or a {@code geo:} URI. */
    MAP_LINK
}
