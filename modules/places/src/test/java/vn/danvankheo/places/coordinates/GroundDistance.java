package vn.danvankheo.places.coordinates;

import org.locationtech.proj4j.geodesic.Geodesic;

/** Metres between two WGS 84 points along the ellipsoid, to state tolerances the way surveyors do. */
final class GroundDistance {

    private GroundDistance() {}

    static double metres(ReadCoordinate read, double latitude, double longitude) {
        return Geodesic.WGS84.Inverse(read.latitude(), read.longitude(), latitude, longitude).s12;
    }

    static double metres(double latitude1, double longitude1, double latitude2, double longitude2) {
        return Geodesic.WGS84.Inverse(latitude1, longitude1, latitude2, longitude2).s12;
    }

    /** "12 33 39.7" (degrees, minutes, seconds as printed in the sources) to decimal degrees. */
    static double degrees(String dms) {
        String[] parts = dms.trim().split("\\s+");
        return Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) / 60 + Double.parseDouble(parts[2]) / 3600;
    }
}
