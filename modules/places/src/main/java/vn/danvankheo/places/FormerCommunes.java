package vn.danvankheo.places;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Places an address of the 63-province era in today's communes. An old commune that went whole into one new commune
 * is placed; one that was split between several is not guessed: the candidates are returned for the person to choose.
 */
@Service
public class FormerCommunes {

    /**
     * The most old units sharing one name ("Xã Tân Lập" is the commonest, with a few dozen): enough for every real
     * name, and a bound on the work any query can ask for.
     */
    private static final int MAX_ROWS = 200;

    private final JdbcClient jdbc;
    private final AdminUnits units;

    FormerCommunes(JdbcClient jdbc, AdminUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public FormerPlacement placeByCode(String oldCommuneCode) {
        List<Row> rows = jdbc.sql("""
                        SELECT old_commune_code, old_commune_name, old_province_name, new_commune_code, merge_type
                        FROM places.former_commune WHERE old_commune_code = :code ORDER BY new_commune_code
                        """)
                .param("code", oldCommuneCode == null ? "" : oldCommuneCode.strip())
                .query(Row.class)
                .list();
        if (rows.isEmpty()) {
            return FormerPlacement.unknown("Không có xã, phường, thị trấn cũ nào mang mã \"" + oldCommuneCode + "\".");
        }
        return placement(rows);
    }

    /** By the old names as people write them, diacritics optional; the old province narrows same-named communes. */
    public FormerPlacement placeByName(String oldCommuneName, String oldProvinceName) {
        String name = VietnameseText.fold(oldCommuneName == null ? "" : oldCommuneName);
        String province = oldProvinceName == null ? "" : VietnameseText.fold(oldProvinceName);
        List<Row> rows = jdbc
                .sql("""
                        SELECT old_commune_code, old_commune_name, old_province_name, new_commune_code, merge_type
                        FROM places.former_commune
                        WHERE (old_name_folded = :name OR old_name_folded LIKE '% ' || :literal)
                        ORDER BY old_commune_code, new_commune_code
                        LIMIT :limit
                        """)
                .param("name", name)
                .param("literal", VietnameseText.likeLiteral(name))
                .param("limit", MAX_ROWS)
                .query(Row.class)
                .list()
                .stream()
                .filter(row -> province.isEmpty()
                        || VietnameseText.fold(row.oldProvinceName()).contains(province))
                .toList();
        if (rows.isEmpty()) {
            return FormerPlacement.unknown("Không tìm thấy đơn vị cũ \"" + oldCommuneName + "\""
                    + (province.isEmpty() ? "" : " thuộc " + oldProvinceName) + ".");
        }
        if (rows.stream().map(Row::oldCommuneCode).distinct().count() > 1) {
            return new FormerPlacement(
                    FormerPlacement.Outcome.ASK,
                    null,
                    rows.stream()
                            .map(row -> candidate(row.newCommuneCode()))
                            .distinct()
                            .toList(),
                    "Có nhiều đơn vị cũ tên \"" + oldCommuneName + "\" ("
                            + String.join(
                                    "; ",
                                    rows.stream()
                                            .map(row -> row.oldCommuneName() + ", " + row.oldProvinceName())
                                            .distinct()
                                            .toList())
                            + "). Vui lòng ghi rõ tỉnh cũ hoặc chọn xã mới.");
        }
        return placement(rows);
    }

    private FormerPlacement placement(List<Row> rows) {
        Row first = rows.get(0);
        String old = first.oldCommuneName() + " (" + first.oldProvinceName() + ")";
        if (rows.size() == 1 && "full".equals(first.mergeType())) {
            AdminUnit today = candidate(first.newCommuneCode());
            return new FormerPlacement(
                    FormerPlacement.Outcome.PLACED,
                    today,
                    List.of(today),
                    old + " nay thuộc " + today.fullName() + ".");
        }
        List<AdminUnit> candidates =
                rows.stream().map(row -> candidate(row.newCommuneCode())).toList();
        return new FormerPlacement(
                FormerPlacement.Outcome.ASK,
                null,
                candidates,
                old + " đã được chia cho " + candidates.size() + " đơn vị mới: "
                        + String.join(
                                ", ",
                                candidates.stream().map(AdminUnit::fullName).toList())
                        + ". Vui lòng chọn đúng xã, phường mới.");
    }

    private AdminUnit candidate(String code) {
        return units.current(code).orElseThrow(() -> new IllegalStateException("Unit " + code + " has no name"));
    }

    private record Row(
            String oldCommuneCode,
            String oldCommuneName,
            String oldProvinceName,
            String newCommuneCode,
            String mergeType) {}
}
