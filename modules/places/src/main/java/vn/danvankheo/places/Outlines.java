package vn.danvankheo.places;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Unit outlines as GeoJSON for the map, generalised for the scale: provinces as fine as each national zoom can show
 * and detailed when zoomed in; communes only from a regional zoom on, within the viewport. Province outlines never
 * change while the application runs, so each scale is built once.
 */
@Service
public class Outlines {

    /** From this zoom on, the finer province outline and commune outlines are worth their size. */
    public static final int DETAILED_FROM_ZOOM = 8;

    private static final int MAX_COMMUNES = 1_500;

    private final JdbcClient jdbc;
    /** By the zoom they are generalised for; {@link #DETAILED_FROM_ZOOM} stands for every zoom from there on. */
    private final Map<Integer, OutlineCollection> provinces = new ConcurrentHashMap<>();

    Outlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OutlineCollection provinces(int zoom) {
        int scale = scale(zoom);
        return provinces.computeIfAbsent(
                scale,
                s -> OutlineCollection.of(
                        s == DETAILED_FROM_ZOOM
                                ? featureCollection("u.outline", 5, "u.level = 'PROVINCE'", Map.of())
                                : generalised(s)));
    }

    /** The zoom whose outlines serve this one: each national zoom its own, one for all below and all above. */
    public static int scale(int zoom) {
        return Math.min(Math.max(zoom, ZoomGeneralisation.COARSEST_ZOOM), DETAILED_FROM_ZOOM);
    }

    private String generalised(int zoom) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
        WKBReader wkb = new WKBReader(factory);
        List<ProvinceShape> shapes = jdbc.sql("""
                        SELECT to_json(u.code)::text AS id,
                            json_build_object('code', u.code, 'name', n.name, 'fullName', n.full_name,
                                'provinceCode', u.province_code)::text AS properties,
                            ST_AsBinary(u.outline) AS outline
                        FROM places.admin_unit u JOIN places.admin_unit_name n ON n.code = u.code AND n.valid_to IS NULL
                        WHERE u.level = 'PROVINCE' ORDER BY u.code
                        """)
                .query((rs, row) -> new ProvinceShape(
                        rs.getString("id"), rs.getString("properties"), read(wkb, rs.getBytes("outline"))))
                .list();
        ZoomGeneralisation generalisation = new ZoomGeneralisation(zoom, factory);
        List<Geometry> outlines = generalisation.generalise(
                shapes.stream().map(ProvinceShape::outline).toList());
        GeoJsonWriter writer = new GeoJsonWriter(generalisation.decimals());
        writer.setEncodeCRS(false);
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < shapes.size(); i++) {
            ProvinceShape shape = shapes.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"id\":")
                    .append(shape.id())
                    .append(",\"properties\":")
                    .append(shape.properties())
                    .append(",\"geometry\":")
                    .append(writer.write(outlines.get(i)))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    private static Geometry read(WKBReader wkb, byte[] outline) {
        try {
            return wkb.read(outline);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS gave an outline it cannot have written", e);
        }
    }

    private record ProvinceShape(String id, String properties, Geometry outline) {}

    /** Communes in a viewport, at zooms where they can be told apart. */
    public String communes(BoundingBox box, int zoom) {
        if (zoom < DETAILED_FROM_ZOOM) {
            throw new InvalidPlaceRequestException(
                    "Ranh giới xã chỉ hiển thị từ mức thu phóng " + DETAILED_FROM_ZOOM + " trở lên.");
        }
        return featureCollection(
                "u.outline",
                5,
                "u.level = 'COMMUNE' AND u.outline && ST_MakeEnvelope(:west, :south, :east, :north, 4326)",
                Map.of("west", box.west(), "south", box.south(), "east", box.east(), "north", box.north()));
    }

    /** A unit's drawn outline as WKT, so that another capability can ask which of its points lie inside. */
    public Optional<String> wkt(String code) {
        return jdbc.sql("SELECT ST_AsText(outline, 5) FROM places.admin_unit WHERE code = :code")
                .param("code", code == null ? "" : code.strip())
                .query(String.class)
                .optional();
    }

    private String featureCollection(String geometry, int decimals, String where, Map<String, Object> params) {
        var sql = jdbc.sql("""
                SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                    json_build_object(
                        'type', 'Feature',
                        'id', f.code,
                        'properties', json_build_object(
                            'code', f.code, 'name', f.name, 'fullName', f.full_name, 'provinceCode', f.province_code),
                        'geometry', ST_AsGeoJSON(f.geometry, %d)::json)
                    ORDER BY f.code), '[]'::json))::text
                FROM (
                    SELECT u.code, u.province_code, n.name, n.full_name, %s AS geometry
                    FROM places.admin_unit u JOIN places.admin_unit_name n ON n.code = u.code AND n.valid_to IS NULL
                    WHERE %s ORDER BY u.code LIMIT %d
                ) f
                """.formatted(decimals, geometry, where, MAX_COMMUNES));
        for (var param : params.entrySet()) {
            sql = sql.param(param.getKey(), param.getValue());
        }
        return sql.query(String.class).single();
    }
}
