package vn.danvankheo.places.coordinates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns coordinates as people give them (typed degrees, a copied map link, VN-2000 survey figures) into WGS 84
 * latitude and longitude, or says in Vietnamese what is wrong with them. Safe to share between threads; building one
 * reads proj4j's EPSG file, so keep one.
 */
public final class CoordinateReader {

    private final Vn2000Transformation vn2000;

    public CoordinateReader() {
        vn2000 = new Vn2000Transformation();
    }

    /**
     * Reads decimal degrees ("21.0285, 105.8542", "21,0285; 105,8542"), degrees-minutes-seconds ("21°01'42.6"N
     * 105°51'15.1"E", "21°01'42.6" B, 105°51'15.1" Đ"), a map link or {@code geo:} URI, or VN-2000 text ("X=2324567.12
     * Y=587654.32 KTT 105°00'", "VN-2000 21°01'42.6"N 105°51'15.1"E").
     *
     * @throws InvalidCoordinateException with a Vietnamese message when the text is not a usable coordinate
     */
    public ReadCoordinate read(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidCoordinateException.empty();
        }
        String input = text.strip();
        if (MapLink.looksLikeLink(input)) {
            return MapLink.read(input);
        }
        Optional<Vn2000Text.Meaning> vn2000Text = Vn2000Text.recognize(input);
        if (vn2000Text.isEmpty()) {
            return DegreesText.read(input);
        }
        if (vn2000Text.get() instanceof Vn2000Text.Plane plane) {
            ReadCoordinate converted = readVn2000(plane.northingX(), plane.eastingY(), plane.zone());
            return withNotesBefore(plane.notes(), converted);
        }
        ReadCoordinate degrees = DegreesText.read(((Vn2000Text.Geographic) vn2000Text.get()).degrees());
        ReadCoordinate converted = readVn2000Geographic(degrees.latitude(), degrees.longitude());
        return withNotesBefore(degrees.notes(), converted);
    }

    /**
     * Converts VN-2000 plane coordinates of a provincial 3° zone. X is the northing and comes first, as Vietnamese
     * survey documents write it.
     *
     * @throws InvalidCoordinateException when X, Y are not finite, look swapped, or fall outside Vietnam
     */
    public ReadCoordinate readVn2000(double northingX, double eastingY, Vn2000Zone zone) {
        Objects.requireNonNull(zone, "zone");
        Vn2000PlaneExtent.check(northingX, eastingY);
        return vn2000.planeToWgs84(northingX, eastingY, zone)
                .as(
                        CoordinateFormat.VN2000_TM3,
                        List.of("Đã chuyển từ VN-2000 (múi chiếu 3°, kinh tuyến trục " + zone.label()
                                + ") sang WGS 84."));
    }

    /**
     * Converts a latitude/longitude on the VN-2000 datum (EPSG:4756) to WGS 84; in Vietnam the same figures on the
     * two datums lie about 200 m apart.
     *
     * @throws InvalidCoordinateException when the values are not finite or not a latitude and a longitude
     */
    public ReadCoordinate readVn2000Geographic(double lat, double lon) {
        return vn2000.geographicToWgs84(new LatLon(lat, lon))
                .as(CoordinateFormat.VN2000_GEOGRAPHIC, List.of("Đã chuyển từ VN-2000 sang WGS 84."));
    }

    /** How the text was read comes before what was then done with it. */
    private static ReadCoordinate withNotesBefore(List<String> first, ReadCoordinate converted) {
        List<String> notes = new ArrayList<>(first);
        notes.addAll(converted.notes());
        return new ReadCoordinate(converted.latitude(), converted.longitude(), converted.format(), notes);
    }
}
