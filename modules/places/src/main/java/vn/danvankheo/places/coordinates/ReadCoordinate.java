package vn.danvankheo.places.coordinates;

import java.util.List;
import java.util.Objects;

/**
 * A point on WGS 84, as read from what a person gave.
 *
 * @param notes short Vietnamese notes for that person on how the input was understood (order, datum, which point of a
 *     link), shown next to the point so a wrong guess is noticed
 */
public record ReadCoordinate(double latitude, double longitude, CoordinateFormat format, List<String> notes) {

    public ReadCoordinate {
        Objects.requireNonNull(format, "format");
        notes = List.copyOf(notes);
    }
}
