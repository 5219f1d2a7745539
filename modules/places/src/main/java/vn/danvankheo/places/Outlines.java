package vn.danvankheo.places;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Unit outlines as GeoJSON for the map, generalised for the scale: provinces coarse at national zooms and finer when
 * zoomed in; communes only from a regional zoom on, within the viewport. Province outlines never change while the
 * application runs, so each scale is built once.
 */
@Service
public class Outlines {

    /** From this zoom on, the finer province outline and commune outlines are worth their size. */
    public static final int DETAILED_FROM_ZOOM = 8;

    private static final int MAX_COMMUNES = 1_500;

    private final JdbcClient jdbc;
    private final Map<Boolean, String> provinces = new ConcurrentHashMap<>();

    Outlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String provinces(int zoom) {
        boolean detailed = zoom >= DETAILED_FROM_ZOOM;
        return provinces.computeIfAbsent(
                detailed,
                d -> featureCollection(
                        d ? "u.outline" : "u.outline_coarse", d ? 5 : 3, "u.level = 'PROVINCE'", Map.of()));
    }

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
