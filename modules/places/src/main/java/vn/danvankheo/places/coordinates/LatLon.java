package vn.danvankheo.places.coordinates;

import java.math.BigDecimal;
import java.util.List;

/** A latitude and longitude in decimal degrees, checked to lie on the globe. */
record LatLon(double latitude, double longitude) {

    LatLon {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            throw InvalidCoordinateException.notFinite();
        }
        if (Math.abs(latitude) > 90) {
            throw InvalidCoordinateException.latitudeOutOfRange(plain(latitude));
        }
        if (Math.abs(longitude) > 180) {
            throw InvalidCoordinateException.longitudeOutOfRange(plain(longitude));
        }
    }

    ReadCoordinate as(CoordinateFormat format, List<String> notes) {
        return new ReadCoordinate(latitude, longitude, format, notes);
    }

    /** Without exponent or trailing zeros, so a message repeats the number as the person would write it. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
