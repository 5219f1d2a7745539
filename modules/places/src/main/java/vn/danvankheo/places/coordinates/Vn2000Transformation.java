package vn.danvankheo.places.coordinates;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.datum.Datum;

/**
 * VN-2000 to WGS 84 with proj4j.
 *
 * <p>The datum shift is the 7-parameter one the Ministry of Natural Resources and Environment published in Quyết định
 * 05/2007/QĐ-BTNMT (ΔX -191.90441429 m, ΔY -39.30318279 m, ΔZ -111.45032835 m, rotations -0.00928836", 0.01975479",
 * -0.00427372", scale k = 1.000000252906278). EPSG records it as transformation 6960 "VN-2000 to WGS 84 (2)" with the
 * Coordinate Frame rotation convention; PROJ's {@code +towgs84} uses the Position Vector convention, so proj4j-epsg's
 * EPSG:4756 carries the same rotations with the opposite sign ({@code
 * +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278}). That definition
 * is used as it is, for the plane zones too, so there is one source for the datum; the tests check it against
 * published VN-2000/WGS 84 pairs and against the Coordinate Frame formula computed by hand.
 *
 * <p>proj4j's reference systems are only read once built, so they are shared; a transform is made per call because
 * that is cheap and keeps this class safe for concurrent use.
 */
final class Vn2000Transformation {

    private final CoordinateReferenceSystem wgs84;
    private final CoordinateReferenceSystem geographic;
    private final Map<Vn2000Zone, CoordinateReferenceSystem> planes = new EnumMap<>(Vn2000Zone.class);

    Vn2000Transformation() {
        CRSFactory factory = new CRSFactory();
        wgs84 = factory.createFromName("EPSG:4326");
        geographic = factory.createFromName("EPSG:4756");
        // Without TOWGS84, proj4j would treat VN-2000 as WGS 84 and every point would be off by some 200 m.
        if (geographic.getDatum().getTransformType() != Datum.TYPE_7PARAM) {
            throw new IllegalStateException("proj4j-epsg no longer defines a 7-parameter TOWGS84 for EPSG:4756");
        }
        String datum = Arrays.stream(geographic.getParameters())
                .filter(parameter -> parameter.startsWith("+ellps=") || parameter.startsWith("+towgs84="))
                .collect(Collectors.joining(" "));
        for (Vn2000Zone zone : Vn2000Zone.values()) {
            planes.put(
                    zone,
                    factory.createFromParameters(
                            "VN-2000 / TM-3 " + zone.label(),
                            "+proj=tmerc +lat_0=0 +lon_0=" + zone.centralMeridian() + " +k=0.9999 +x_0=500000 +y_0=0 "
                                    + datum + " +units=m +no_defs"));
        }
    }

    LatLon geographicToWgs84(LatLon vn2000) {
        return toWgs84(geographic, vn2000.longitude(), vn2000.latitude());
    }

    LatLon planeToWgs84(double northingX, double eastingY, Vn2000Zone zone) {
        return toWgs84(planes.get(zone), eastingY, northingX);
    }

    private LatLon toWgs84(CoordinateReferenceSystem source, double x, double y) {
        ProjCoordinate result =
                new BasicCoordinateTransform(source, wgs84).transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new LatLon(result.y, result.x);
    }
}
