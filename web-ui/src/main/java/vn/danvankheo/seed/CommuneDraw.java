package vn.danvankheo.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws a commune with a plausible weight and a point inside it. A phường is smaller and denser than a xã, so a
 * commune's weight grows with the square root of its area and is four times larger for a phường: each unit registers
 * some models, and towns register more per square kilometre.
 */
final class CommuneDraw {

    private static final int TRIES = 64;
    /**
     * About 300 m: the outlines drawn in are simplified, so a point closer to their edge may lie in the neighbour
     * by the detailed boundary the locality check uses, and every such point costs a check of its own.
     */
    private static final double EDGE_MARGIN = 0.003;

    private final GeometryFactory factory = new GeometryFactory();

    private final List<Commune> communes;
    private final double[] cumulative;

    private CommuneDraw(List<Commune> communes) {
        this.communes = communes;
        this.cumulative = new double[communes.size()];
        double total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += communes.get(i).weight();
            cumulative[i] = total;
        }
    }

    static CommuneDraw from(Path geoJson, JsonMapper json) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(geoJson))) {
            GeometryFactory factory = new GeometryFactory();
            List<Commune> communes = new ArrayList<>();
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode properties = feature.get("properties");
                Geometry outline = geometry(feature.get("geometry"), factory);
                String type = properties.get("unit_type").asString();
                double area = properties.get("area_km2").asDouble();
                double weight = (1 + Math.sqrt(area)) * (type.equalsIgnoreCase("Phường") ? 4 : 1);
                communes.add(new Commune(
                        properties.get("code").asString(),
                        properties.get("province_name").asString(),
                        properties.get("name").asString(),
                        type,
                        weight,
                        outline,
                        new IndexedPointInAreaLocator(outline),
                        new IndexedFacetDistance(outline.getBoundary())));
            }
            return new CommuneDraw(communes);
        } catch (IOException e) {
            throw new UncheckedIOException("Commune outlines not readable: " + geoJson, e);
        }
    }

    Place draw(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = java.util.Arrays.binarySearch(cumulative, target);
        Commune commune = communes.get(at >= 0 ? at : -at - 1);
        Envelope box = commune.outline().getEnvelopeInternal();
        for (int i = 0; i < TRIES; i++) {
            Coordinate candidate = new Coordinate(
                    box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (commune.inside().locate(candidate) == Location.INTERIOR
                    && (i >= TRIES / 2 || commune.edge().distance(factory.createPoint(candidate)) > EDGE_MARGIN)) {
                return new Place(commune, round(candidate.y), round(candidate.x));
            }
        }
        Coordinate interior = commune.outline().getInteriorPoint().getCoordinate();
        return new Place(commune, round(interior.y), round(interior.x));
    }

    /** Six decimals, about 10 cm: what a phone gives, and what survives a round trip through every store unchanged. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static Geometry geometry(JsonNode geometry, GeometryFactory factory) {
        JsonNode coordinates = geometry.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if (geometry.get("type").asString().equals("Polygon")) {
            polygons.add(polygon(coordinates, factory));
        } else {
            coordinates.forEach(polygon -> polygons.add(polygon(polygon, factory)));
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        LinearRing shell = ring(rings.get(0), factory);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), factory);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points, GeometryFactory factory) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            coordinates[i] = new Coordinate(
                    points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return factory.createLinearRing(coordinates);
    }

    record Commune(
            String code,
            String provinceName,
            String name,
            String type,
            double weight,
            Geometry outline,
            IndexedPointInAreaLocator inside,
            IndexedFacetDistance edge) {}

    record Place(Commune commune, double latitude, double longitude) {}
}
