package vn.danvankheo.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records units and finds them by id, by parent and by locality. Blocking: call it from background work or a bounded
 * scheduler.
 */
@Service
public class UnitRegistry {

    static final int MAX_NAME_LENGTH = 300;

    private final JdbcClient jdbc;
    private final Localities localities;

    UnitRegistry(JdbcClient jdbc, Localities localities) {
        this.jdbc = jdbc;
        this.localities = localities;
    }

    @Transactional
    public Unit register(NewUnit given) {
        String name = spaced(given.name());
        if (name.isEmpty()) {
            throw new InvalidUnitException("Tên cơ quan, đơn vị không được để trống.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidUnitException("Tên cơ quan, đơn vị dài quá " + MAX_NAME_LENGTH + " ký tự.");
        }
        if (given.kind() == null) {
            throw new InvalidUnitException("Chưa chọn loại của cơ quan, đơn vị \"" + name + "\".");
        }
        Scope scope = localities.scope(given.provinceCode(), given.communeCode(), InvalidUnitException::new);
        if (given.parentId() != null) {
            Unit parent = find(given.parentId())
                    .orElseThrow(() -> new InvalidUnitException("Đơn vị cấp trên của \"" + name + "\" không có."));
            if (!parent.scope().contains(scope)) {
                throw new InvalidUnitException("\"" + name + "\" phải ở trong địa bàn của đơn vị cấp trên \""
                        + parent.name() + "\" (" + localities.describe(parent.scope()) + ").");
            }
        }
        if (sibling(name, scope, given.parentId()).isPresent()) {
            throw new InvalidUnitException(
                    "Đã có đơn vị \"" + name + "\" cùng đơn vị cấp trên ở " + localities.describe(scope) + ".");
        }
        Unit unit = new Unit(UUID.randomUUID(), name, given.kind(), scope, given.parentId());
        jdbc.sql("""
                        INSERT INTO accounts.unit (id, name, kind, province_code, commune_code, parent_id, created_at)
                        VALUES (:id, :name, :kind, :province, :commune, :parent, :now)
                        """)
                .param("id", unit.id())
                .param("name", unit.name())
                .param("kind", unit.kind().name())
                .param("province", scope.provinceCode())
                .param("commune", scope.communeCode())
                .param("parent", unit.parentId())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return unit;
    }

    public Optional<Unit> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM accounts.unit WHERE id = :id")
                .param("id", id)
                .query(UnitRegistry::unit)
                .optional();
    }

    /** The units that answer directly to this one, by name. */
    public List<Unit> children(UUID parentId) {
        return jdbc.sql("SELECT * FROM accounts.unit WHERE parent_id = :parent ORDER BY name, id")
                .param("parent", parentId)
                .query(UnitRegistry::unit)
                .list();
    }

    /** Every unit whose locality lies within the scope, parents before their children's names. */
    public List<Unit> within(Scope scope) {
        return jdbc.sql("""
                        SELECT * FROM accounts.unit
                        WHERE (CAST(:province AS varchar) IS NULL OR province_code = :province)
                          AND (CAST(:commune AS varchar) IS NULL OR commune_code = :commune)
                        ORDER BY province_code NULLS FIRST, commune_code NULLS FIRST, name, id
                        """)
                .param("province", scope.provinceCode())
                .param("commune", scope.communeCode())
                .query(UnitRegistry::unit)
                .list();
    }

    /**
     * The unit already recorded as given: the same name (case and extra spaces aside) under the same parent in the same
     * locality. Lets bulk imports and the demo data be run twice.
     */
    public Optional<Unit> existing(NewUnit given) {
        Scope scope = localities.scope(given.provinceCode(), given.communeCode(), InvalidUnitException::new);
        return sibling(spaced(given.name()), scope, given.parentId());
    }

    private Optional<Unit> sibling(String name, Scope scope, UUID parentId) {
        return jdbc.sql("""
                        SELECT * FROM accounts.unit
                        WHERE lower(name) = lower(:name)
                          AND parent_id IS NOT DISTINCT FROM :parent
                          AND province_code IS NOT DISTINCT FROM :province
                          AND commune_code IS NOT DISTINCT FROM :commune
                        """)
                .param("name", spaced(name))
                .param("parent", parentId)
                .param("province", scope.provinceCode())
                .param("commune", scope.communeCode())
                .query(UnitRegistry::unit)
                .optional();
    }

    public String describe(Scope scope) {
        return localities.describe(scope);
    }

    static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                new Scope(rs.getString("province_code"), rs.getString("commune_code")),
                rs.getObject("parent_id", UUID.class));
    }

    /** Names are stored trimmed with single spaces, so lookups and the unique index compare what people read. */
    static String spaced(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
