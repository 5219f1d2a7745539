package vn.danvankheo.places;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads an {@link AdminUnit} from a row of {@link #COLUMNS}, so every query selects units the same way. */
final class AdminUnitRows {

    static final String COLUMNS = """
            u.code, u.level, u.province_code, n.name, n.full_name, n.name_en, n.full_name_en, n.unit_type,
            n.valid_from, n.valid_to""";

    private AdminUnitRows() {}

    static AdminUnit read(ResultSet rs) throws SQLException {
        java.sql.Date validTo = rs.getDate("valid_to");
        return new AdminUnit(
                rs.getString("code"),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getString("province_code"),
                rs.getString("name"),
                rs.getString("full_name"),
                rs.getString("name_en"),
                rs.getString("full_name_en"),
                rs.getString("unit_type"),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate());
    }
}
