package vn.danvankheo.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Resolves a WGS 84 point to its commune and province through the spatial index. A point outside every commune is
 * placed in the nearest one only when it is at sea within the coastal tolerance; near a neighbouring country's land
 * it is not placed, because a few kilometres past the border is another country, not Vietnamese water.
 */
@Service
public class LocalityResolver {

    /**
     * Natural Earth's 1:10m borders lie up to 6 to 8 km from the commune boundaries (measured: median 1.6 km, worst
     * in Thanh Hoá and Cao Bằng), so a point that close to foreign land may be on either side: ask, don't place.
     */
    static final double BORDER_MARGIN_METERS = 8_000;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String POINT = "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)";

    private final JdbcClient jdbc;
    private final AdminUnits units;
    private final double coastToleranceMeters;

    LocalityResolver(JdbcClient jdbc, AdminUnits units, PlacesProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.coastToleranceMeters = properties.coastToleranceMeters();
    }

    public Locality resolve(double latitude, double longitude) {
        if (!Double.isFinite(latitude)
                || Math.abs(latitude) > 90
                || !Double.isFinite(longitude)
                || Math.abs(longitude) > 180) {
            throw new InvalidPlaceRequestException("Toạ độ phải là vĩ độ -90..90 và kinh độ -180..180.");
        }
        Optional<String> inside = jdbc.sql("SELECT code FROM places.admin_unit WHERE level = 'COMMUNE' AND ST_Covers("
                        + "boundary, " + POINT + ") ORDER BY code LIMIT 1")
                .param("lon", longitude)
                .param("lat", latitude)
                .query(String.class)
                .optional();
        if (inside.isPresent()) {
            AdminUnit commune = currentUnit(inside.get());
            AdminUnit province = currentUnit(commune.provinceCode());
            return new Locality(
                    Placement.INSIDE,
                    commune,
                    province,
                    0,
                    null,
                    "Điểm thuộc " + commune.fullName() + ", " + province.fullName() + ".");
        }
        return outsideEveryCommune(latitude, longitude);
    }

    /**
     * The commune that covers each point, found for many points in one query (as {@link #resolve} finds it for one);
     * null where no commune covers the point, for the caller to {@link #check} that point on its own.
     */
    public List<String> communesCovering(List<Coordinates> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        double[] lons = points.stream().mapToDouble(Coordinates::longitude).toArray();
        double[] lats = points.stream().mapToDouble(Coordinates::latitude).toArray();
        Map<Integer, String> found = new HashMap<>();
        jdbc.sql("""
                        SELECT p.i, (SELECT code FROM places.admin_unit WHERE level = 'COMMUNE'
                                     AND ST_Covers(boundary, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))
                                     ORDER BY code LIMIT 1) AS code
                        FROM unnest(CAST(:lons AS float8[]), CAST(:lats AS float8[])) WITH ORDINALITY AS p(lon, lat, i)
                        """)
                .param("lons", lons)
                .param("lats", lats)
                .query((rs, n) -> found.put(rs.getInt("i") - 1, rs.getString("code")))
                .list();
        List<String> codes = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            codes.add(found.get(i));
        }
        return codes;
    }

    public record Coordinates(double latitude, double longitude) {}

    /** Compares a declared commune with the point; the declared code must exist. */
    public LocalityCheck check(String declaredCommuneCode, double latitude, double longitude) {
        AdminUnit declared = units.current(declaredCommuneCode)
                .filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new InvalidPlaceRequestException(
                        "Mã xã, phường, đặc khu \"" + declaredCommuneCode + "\" không có trong danh mục."));
        return check(declared, latitude, longitude);
    }

    /** The same comparison for a commune the caller has already looked up, so a registration reads it once. */
    public LocalityCheck check(AdminUnit declared, double latitude, double longitude) {
        Locality resolved = resolve(latitude, longitude);
        if (resolved.isPlaced() && resolved.commune().code().equals(declared.code())) {
            return new LocalityCheck(true, declared, resolved, resolved.message());
        }
        String where = resolved.isPlaced()
                ? "thuộc " + resolved.commune().fullName() + ", "
                        + resolved.province().fullName()
                : "không thuộc xã nào (" + resolved.message() + ")";
        return new LocalityCheck(
                false,
                declared,
                resolved,
                "Vị trí trên bản đồ " + where + ", không khớp với " + declared.fullName() + " đã khai.");
    }

    private Locality outsideEveryCommune(double latitude, double longitude) {
        Nearest commune = jdbc.sql("""
                        WITH near AS (
                            SELECT code, boundary FROM places.admin_unit WHERE level = 'COMMUNE'
                            ORDER BY boundary <-> %s LIMIT 8
                        )
                        SELECT code AS name, ST_Distance(boundary::geography, %s::geography) AS meters
                        FROM near ORDER BY meters LIMIT 1
                        """.formatted(POINT, POINT))
                .param("lon", longitude)
                .param("lat", latitude)
                .query((rs, n) -> new Nearest(rs.getString("name"), rs.getDouble("meters")))
                .single();
        Optional<Nearest> foreign = jdbc.sql("""
                        SELECT name_vi AS name, ST_Distance(land::geography, %s::geography) AS meters
                        FROM places.neighbour_land ORDER BY land <-> %s LIMIT 1
                        """.formatted(POINT, POINT))
                .param("lon", longitude)
                .param("lat", latitude)
                .query((rs, n) -> new Nearest(rs.getString("name"), rs.getDouble("meters")))
                .optional();
        AdminUnit nearest = currentUnit(commune.name());
        AdminUnit province = currentUnit(nearest.provinceCode());
        String distance = kilometres(commune.meters());
        if (foreign.isPresent() && foreign.get().meters() == 0) {
            return new Locality(
                    Placement.OUTSIDE_VIETNAM,
                    null,
                    null,
                    commune.meters(),
                    foreign.get().name(),
                    "Điểm nằm trên lãnh thổ " + foreign.get().name() + ", ngoài Việt Nam.");
        }
        if (commune.meters() > coastToleranceMeters) {
            return new Locality(
                    Placement.OUTSIDE_VIETNAM,
                    null,
                    null,
                    commune.meters(),
                    null,
                    "Điểm nằm ngoài Việt Nam: cách đơn vị hành chính gần nhất (" + nearest.fullName() + ") " + distance
                            + ".");
        }
        if (foreign.isPresent() && foreign.get().meters() <= BORDER_MARGIN_METERS) {
            return new Locality(
                    Placement.NEAR_LAND_BORDER,
                    nearest,
                    province,
                    commune.meters(),
                    foreign.get().name(),
                    "Điểm nằm ngoài ranh giới các xã, sát biên giới với "
                            + foreign.get().name() + " (cách " + nearest.fullName() + " " + distance
                            + "). Vui lòng kiểm tra lại vị trí.");
        }
        return new Locality(
                Placement.AT_SEA_NEAR_COAST,
                nearest,
                province,
                commune.meters(),
                null,
                "Điểm nằm trên biển, cách bờ " + distance + "; đã xếp vào " + nearest.fullName() + ", "
                        + province.fullName() + " là đơn vị gần nhất.");
    }

    private AdminUnit currentUnit(String code) {
        return units.current(code).orElseThrow(() -> new IllegalStateException("Unit " + code + " has no name"));
    }

    private static String kilometres(double meters) {
        return meters < 1_000
                ? String.format(VIETNAMESE, "%.0f m", meters)
                : String.format(VIETNAMESE, "%.1f km", meters / 1_000);
    }

    private record Nearest(String name, double meters) {}
}
