package vn.danvankheo.search.web;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.search.MapCluster;
import vn.danvankheo.search.MapMarker;
import vn.danvankheo.search.MapMarkers;
import vn.danvankheo.search.MapView;

/**
 * The map's GeoJSON (RFC 7946: longitude first), written straight to bytes with Jackson's streaming generator: a view
 * of a thousand cells as a tree of maps and lists was built, then walked again by the encoder, on every request, and
 * that was a good part of what the endpoint added to its Elasticsearch request.
 */
final class MapGeoJson {

    /**
     * Six numbers a cluster: the JDK's own double formatting (before Java 19) was the generator's largest cost, and
     * Jackson's writer gives the shortest form that reads back as the same double.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    /** About what one feature takes, so the buffer seldom grows while it is written. */
    private static final int BYTES_PER_FEATURE = 192;

    private MapGeoJson() {}

    static byte[] of(MapView view) {
        return collection(view.clusters().size() + view.markers().size(), json -> {
            view.clusters().forEach(cluster -> cluster(json, cluster));
            view.markers().forEach(marker -> marker(json, marker));
            json.writeEndArray();
            json.writeNumberProperty("total", view.total());
            json.writeBooleanProperty("clustered", !view.clusters().isEmpty());
        });
    }

    static byte[] of(MapMarkers.MarkerPage page) {
        return collection(page.markers().size(), json -> {
            page.markers().forEach(marker -> marker(json, marker));
            json.writeEndArray();
            json.writeNumberProperty("total", page.total());
            json.writeBooleanProperty("truncated", page.truncated());
        });
    }

    /** A feature collection whose features and closing members {@code rest} writes. */
    private static byte[] collection(int features, Consumer<JsonGenerator> rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + features * BYTES_PER_FEATURE);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            rest.accept(json);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void cluster(JsonGenerator json, MapCluster cluster) {
        BoundingBox cell = cluster.bounds();
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        point(json, cluster.longitude(), cluster.latitude());
        json.writeObjectPropertyStart("properties");
        json.writeBooleanProperty("cluster", true);
        json.writeNumberProperty("count", cluster.count());
        json.writeName("bounds");
        json.writeArray(new double[] {cell.west(), cell.south(), cell.east(), cell.north()}, 0, 4);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void marker(JsonGenerator json, MapMarker marker) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeStringProperty("id", marker.id().toString());
        point(json, marker.longitude(), marker.latitude());
        json.writeObjectPropertyStart("properties");
        markerProperties(marker).forEach((name, value) -> {
            if (value instanceof Integer number) {
                json.writeNumberProperty(name, number);
            } else {
                json.writeStringProperty(name, (String) value);
            }
        });
        json.writeEndObject();
        json.writeEndObject();
    }

    /** What the map and the list say of a model, in one place; strings but for the year it started. */
    static Map<String, Object> markerProperties(MapMarker marker) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("slug", marker.slug());
        properties.put("name", marker.name());
        properties.put("field", marker.field().name());
        properties.put("fieldLabel", marker.field().labelVi());
        properties.put("fieldLabelEn", marker.field().labelEn());
        properties.put("commune", marker.communeName());
        properties.put("province", marker.provinceName());
        properties.put("yearStarted", marker.yearStarted());
        properties.put("url", "/mo-hinh/" + marker.slug());
        if (marker.photoId() != null) {
            properties.put("photoUrl", "/media/" + marker.photoId());
        }
        return properties;
    }

    private static void point(JsonGenerator json, double longitude, double latitude) {
        json.writeObjectPropertyStart("geometry");
        json.writeStringProperty("type", "Point");
        json.writeName("coordinates");
        json.writeArray(new double[] {longitude, latitude}, 0, 2);
        json.writeEndObject();
    }
}
