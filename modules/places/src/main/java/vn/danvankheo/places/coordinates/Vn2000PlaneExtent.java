package vn.danvankheo.places.coordinates;

/**
 * Where VN-2000 3° zone coordinates of places in Vietnam can fall, so that X and Y typed the wrong way round are caught
 * instead of being converted to a point in the sea. Northing runs from about 918 000 m (Mũi Cà Mau, 8.3°N) to 2 590 000
 * m (Lũng Cú, 23.4°N); easting stays near the false easting of 500 000 m, but Trường Sa, surveyed on Khánh Hòa's
 * 108°15', lies about 650 km east of that meridian.
 */
final class Vn2000PlaneExtent {

    private static final double MIN_NORTHING = 900_000;
    private static final double MAX_NORTHING = 2_700_000;
    private static final double MIN_EASTING = 0;
    private static final double MAX_EASTING = 1_300_000;

    private Vn2000PlaneExtent() {}

    static boolean fits(double northingX, double eastingY) {
        return isNorthing(northingX) && isEasting(eastingY);
    }

    static void check(double northingX, double eastingY) {
        if (!Double.isFinite(northingX) || !Double.isFinite(eastingY)) {
            throw InvalidCoordinateException.notFinite();
        }
        if (fits(northingX, eastingY)) {
            return;
        }
        String x = LatLon.plain(northingX);
        String y = LatLon.plain(eastingY);
        throw fits(eastingY, northingX)
                ? InvalidCoordinateException.vn2000Swapped(x, y)
                : InvalidCoordinateException.vn2000OutsideVietnam(x, y);
    }

    private static boolean isNorthing(double value) {
        return value >= MIN_NORTHING && value <= MAX_NORTHING;
    }

    private static boolean isEasting(double value) {
        return value > MIN_EASTING && value < MAX_EASTING;
    }
}
