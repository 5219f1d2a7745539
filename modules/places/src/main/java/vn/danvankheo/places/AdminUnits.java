package vn.danvankheo.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Administrative units by code, as named on a given day, and found by name with or without diacritics. */
@Service
public class AdminUnits {

    private static final int MAX_MATCHES = 50;

    private final JdbcClient jdbc;

    AdminUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit as it was named on {@code day}; empty for an unknown code or a day before it existed. */
    public Optional<AdminUnit> find(String code, LocalDate day) {
        return jdbc.sql("SELECT " + AdminUnitRows.COLUMNS + """
                         FROM places.admin_unit u JOIN places.admin_unit_name n ON n.code = u.code
                        WHERE u.code = :code AND n.valid_from <= :day AND (n.valid_to IS NULL OR n.valid_to > :day)
                        """)
                .param("code", code)
                .param("day", day)
                .query((rs, n) -> AdminUnitRows.read(rs))
                .optional();
    }

    /** The unit under its current name. */
    public Optional<AdminUnit> current(String code) {
        return jdbc.sql("SELECT " + AdminUnitRows.COLUMNS + """
                         FROM places.admin_unit u JOIN places.admin_unit_name n ON n.code = u.code
                        WHERE u.code = :code AND n.valid_to IS NULL
                        """)
                .param("code", code)
                .query((rs, n) -> AdminUnitRows.read(rs))
                .optional();
    }

    /** Today's full names of many units at once, by code; unknown codes are left out. */
    public java.util.Map<String, String> currentFullNames(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT code, full_name FROM places.admin_unit_name WHERE valid_to IS NULL AND code IN (:codes)")
                .param("codes", codes)
                .query((rs, n) -> names.put(rs.getString("code"), rs.getString("full_name")))
                .list();
        return names;
    }

    /** Today's provinces in alphabetical order, for choosing one. */
    public List<AdminUnit> provinces() {
        return jdbc.sql("SELECT " + AdminUnitRows.COLUMNS + """
                         FROM places.admin_unit u JOIN places.admin_unit_name n ON n.code = u.code
                        WHERE u.level = 'PROVINCE' AND n.valid_to IS NULL
                        ORDER BY n.name_folded, u.code
                        """)
                .query((rs, n) -> AdminUnitRows.read(rs))
                .list();
    }

    /**
     * Units whose name, full name or any earlier name contains the query, diacritics ignored ("Dak Lak" finds
     * Đắk Lắk). Spelled exactly as typed comes first (Xã Ba Dinh, Quảng Ngãi, is written without marks), then exact
     * without marks, then prefixes; provinces before communes.
     */
    public List<PlaceMatch> search(String query, int limit) {
        String folded = VietnameseText.fold(query == null ? "" : query);
        if (folded.length() < 2) {
            throw new InvalidPlaceRequestException("Nhập ít nhất 2 ký tự để tìm địa danh.");
        }
        String literal = VietnameseText.likeLiteral(folded);
        return jdbc.sql("""
                        WITH ranked AS (
                            SELECT DISTINCT ON (code) code, rank FROM (
                                SELECT code, CASE
                                    WHEN lower(full_name) = :typed OR lower(name) = :typed THEN 0
                                    WHEN full_name_folded = :q THEN 1
                                    WHEN name_folded = :q THEN 2
                                    WHEN name_folded LIKE :prefix OR full_name_folded LIKE :prefix THEN 3
                                    ELSE 4 END AS rank
                                FROM places.admin_unit_name
                                WHERE name_folded LIKE :contains OR full_name_folded LIKE :contains
                            ) matched ORDER BY code, rank
                        )
                        SELECT ranked.rank,""" + AdminUnitRows.COLUMNS + """
                        , p.full_name AS province_full_name, ST_XMin(u.outline) AS west, ST_YMin(u.outline) AS south,
                        ST_XMax(u.outline) AS east, ST_YMax(u.outline) AS north
                        FROM ranked
                        JOIN places.admin_unit u ON u.code = ranked.code
                        JOIN places.admin_unit_name n ON n.code = u.code AND n.valid_to IS NULL
                        JOIN places.admin_unit_name p ON p.code = u.province_code AND p.valid_to IS NULL
                        ORDER BY ranked.rank, u.level DESC, n.name, u.code
                        LIMIT :limit
                        """)
                .param("typed", query.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
                .param("q", folded)
                .param("prefix", literal + "%")
                .param("contains", "%" + literal + "%")
                .param("limit", Math.max(1, Math.min(limit, MAX_MATCHES)))
                .query((rs, n) -> new PlaceMatch(
                        AdminUnitRows.read(rs),
                        rs.getString("province_full_name"),
                        new BoundingBox(
                                rs.getDouble("west"),
                                rs.getDouble("south"),
                                rs.getDouble("east"),
                                rs.getDouble("north"))))
                .list();
    }

    /**
     * A point inside the unit where its name is drawn: where a model with no coordinates of its own can be put until
     * someone marks its real place.
     */
    public Optional<LabelPoint> labelPoint(String code) {
        return jdbc.sql("""
                        SELECT ST_Y(label_point) AS lat, ST_X(label_point) AS lon FROM places.admin_unit WHERE code = :code
                        """)
                .param("code", code)
                .query((rs, n) -> new LabelPoint(rs.getDouble("lat"), rs.getDouble("lon")))
                .optional();
    }

    public record LabelPoint(double latitude, double longitude) {}

    /** A unit found by name, with its province's current full name for display and the box a map zooms to. */
    public record PlaceMatch(AdminUnit unit, String provinceFullName, BoundingBox bounds) {}
}
