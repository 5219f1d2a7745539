package vn.danvankheo.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to units: find, create, rename, change kind and parent, deactivate and reactivate, import
 * many at once. An administrator of a province manages that province's units only. Every change is written to the
 * audit trail. Units made by the data generator are the seed's own and are left out. Blocking.
 */
@Service
public class UnitAdministration {

    private final JdbcClient jdbc;
    private final UnitRegistry registry;
    private final Localities localities;
    private final AdministrationAudit audit;

    UnitAdministration(JdbcClient jdbc, UnitRegistry registry, Localities localities, AdministrationAudit audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.localities = localities;
        this.audit = audit;
    }

    /**
     * The units this administrator manages whose name contains {@code query} (all when it is blank), at most
     * {@code limit} of them, with how many there are in all.
     */
    public UnitList units(Account administrator, String query, int limit) {
        AdministratorRights.requireAdministrator(administrator);
        String wanted = query == null || query.isBlank() ? null : UnitRegistry.spaced(query);
        String where = """
                 WHERE u.seed_run IS NULL
                  AND (CAST(:province AS varchar) IS NULL OR u.province_code = :province)
                  AND (CAST(:query AS varchar) IS NULL OR position(lower(CAST(:query AS varchar)) IN lower(u.name)) > 0)
                """;
        List<ManagedUnit> units = jdbc.sql("""
                        SELECT u.*, p.name AS parent_name FROM accounts.unit u
                        LEFT JOIN accounts.unit p ON p.id = u.parent_id
                        """ + where + """
                         ORDER BY u.province_code NULLS FIRST, u.commune_code NULLS FIRST, lower(u.name), u.id
                        LIMIT :limit
                        """)
                .param("province", administrator.scope().provinceCode())
                .param("query", wanted)
                .param("limit", limit)
                .query(this::managed)
                .list();
        int total = jdbc.sql("SELECT count(*) FROM accounts.unit u" + where)
                .param("province", administrator.scope().provinceCode())
                .param("query", wanted)
                .query(Integer.class)
                .single();
        return new UnitList(units, total);
    }

    /** A unit this administrator manages, to fill the change form. */
    public ManagedUnit unit(Account administrator, UUID id) {
        manageable(administrator, id);
        return jdbc.sql("""
                        SELECT u.*, p.name AS parent_name FROM accounts.unit u
                        LEFT JOIN accounts.unit p ON p.id = u.parent_id
                        WHERE u.id = :id
                        """).param("id", id).query(this::managed).single();
    }

    @Transactional
    public Unit create(Account administrator, NewUnit given) {
        return create(administrator, given, "UNIT_CREATED", "Tạo đơn vị ");
    }

    /**
     * Records the units of an import in their order, all or none: a unit's parent is recorded already or comes earlier
     * in the list.
     */
    @Transactional
    public List<Unit> importAll(Account administrator, List<ImportedUnit> units) {
        AdministratorRights.requireAdministrator(administrator);
        Map<String, UUID> created = new HashMap<>();
        List<Unit> recorded = new ArrayList<>();
        for (ImportedUnit imported : units) {
            UUID parentId = imported.parentId();
            if (imported.parentKey() != null) {
                parentId = created.get(imported.parentKey());
                if (parentId == null) {
                    throw new InvalidUnitException(
                            "Đơn vị cấp trên của \"" + imported.unit().name() + "\" phải đứng trước nó trong tệp.");
                }
            }
            NewUnit given = imported.unit();
            Unit unit = create(
                    administrator,
                    new NewUnit(given.name(), given.kind(), given.provinceCode(), given.communeCode(), parentId),
                    "UNIT_IMPORTED",
                    "Nhập từ bảng tính đơn vị ");
            created.put(imported.key(), unit.id());
            recorded.add(unit);
        }
        return recorded;
    }

    /** Renames the unit, changes its kind and the unit it answers to; its locality, models and accounts stay. */
    @Transactional
    public Unit change(Account administrator, UUID id, String name, UnitKind kind, UUID parentId) {
        Unit unit = manageable(administrator, id);
        String spaced = UnitRegistry.spaced(name);
        if (spaced.isEmpty()) {
            throw new InvalidUnitException("Tên cơ quan, đơn vị không được để trống.");
        }
        if (spaced.length() > UnitRegistry.MAX_NAME_LENGTH) {
            throw new InvalidUnitException("Tên cơ quan, đơn vị dài quá " + UnitRegistry.MAX_NAME_LENGTH + " ký tự.");
        }
        if (kind == null) {
            throw new InvalidUnitException("Chưa chọn loại của cơ quan, đơn vị \"" + spaced + "\".");
        }
        Unit parent = parentId == null ? null : parentFor(unit, parentId);
        registry.sibling(spaced, unit.scope(), parentId)
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new InvalidUnitException("Đã có đơn vị \"" + spaced + "\" cùng đơn vị cấp trên ở "
                            + localities.describe(unit.scope()) + ".");
                });
        jdbc.sql("UPDATE accounts.unit SET name = :name, kind = :kind, parent_id = :parent WHERE id = :id")
                .param("name", spaced)
                .param("kind", kind.name())
                .param("parent", parentId)
                .param("id", id)
                .update();
        Unit changed = registry.find(id).orElseThrow();
        audit.unit(
                administrator,
                changed,
                "UNIT_CHANGED",
                "Sửa đơn vị " + describe(unit) + " thành " + describe(changed)
                        + (parent == null ? "" : ", trực thuộc \"" + parent.name() + "\""));
        return changed;
    }

    /** The unit takes no new accounts or children; its models and accounts keep it. Its active children go first. */
    @Transactional
    public Unit deactivate(Account administrator, UUID id) {
        Unit unit = manageable(administrator, id);
        if (registry.deactivated(id)) {
            throw new InvalidUnitException("Đơn vị \"" + unit.name() + "\" đã ngừng hoạt động.");
        }
        boolean activeChildren =
                jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM accounts.unit WHERE parent_id = :id AND deactivated_at IS NULL)
                        """).param("id", id).query(Boolean.class).single();
        if (activeChildren) {
            throw new InvalidUnitException("Đơn vị \"" + unit.name() + "\" còn đơn vị trực thuộc đang hoạt động;"
                    + " hãy ngừng hoặc chuyển các đơn vị đó trước.");
        }
        jdbc.sql("UPDATE accounts.unit SET deactivated_at = now() WHERE id = :id")
                .param("id", id)
                .update();
        audit.unit(administrator, unit, "UNIT_DEACTIVATED", "Ngừng hoạt động đơn vị " + describe(unit));
        return unit;
    }

    @Transactional
    public Unit reactivate(Account administrator, UUID id) {
        Unit unit = manageable(administrator, id);
        if (unit.parentId() != null && registry.deactivated(unit.parentId())) {
            throw new InvalidUnitException(
                    "Đơn vị cấp trên của \"" + unit.name() + "\" đã ngừng hoạt động; hãy mở lại đơn vị đó trước.");
        }
        jdbc.sql("UPDATE accounts.unit SET deactivated_at = NULL WHERE id = :id")
                .param("id", id)
                .update();
        audit.unit(administrator, unit, "UNIT_REACTIVATED", "Mở lại đơn vị " + describe(unit));
        return unit;
    }

    /** The locality's official name, for people to read: "Phường Ba Đình, Thành phố Hà Nội", or "Cả nước". */
    public String describe(Scope scope) {
        return localities.describe(scope);
    }

    /** The locality as people read it, or why the codes are not one; for forms and import checks. */
    public Scope locality(String provinceCode, String communeCode) {
        return localities.scope(provinceCode, communeCode, InvalidUnitException::new);
    }

    private Unit create(Account administrator, NewUnit given, String action, String detail) {
        AdministratorRights.requireAdministrator(administrator);
        AdministratorRights.requireWithin(administrator, locality(given.provinceCode(), given.communeCode()));
        Unit unit = registry.register(given);
        audit.unit(administrator, unit, action, detail + describe(unit));
        return unit;
    }

    private Unit parentFor(Unit unit, UUID parentId) {
        if (parentId.equals(unit.id())) {
            throw new InvalidUnitException("Một đơn vị không thể trực thuộc chính nó.");
        }
        Unit parent = registry.find(parentId)
                .orElseThrow(() -> new InvalidUnitException("Đơn vị cấp trên đã chọn không có trong danh sách."));
        if (registry.deactivated(parentId) && !Objects.equals(unit.parentId(), parentId)) {
            throw new InvalidUnitException("Đơn vị cấp trên \"" + parent.name() + "\" đã ngừng hoạt động.");
        }
        if (!parent.scope().contains(unit.scope())) {
            throw new InvalidUnitException("\"" + unit.name() + "\" phải ở trong địa bàn của đơn vị cấp trên \""
                    + parent.name() + "\" (" + localities.describe(parent.scope()) + ").");
        }
        boolean below = jdbc.sql("""
                        WITH RECURSIVE below AS (
                            SELECT id FROM accounts.unit WHERE parent_id = :id
                            UNION SELECT u.id FROM accounts.unit u JOIN below b ON u.parent_id = b.id)
                        SELECT EXISTS (SELECT 1 FROM below WHERE id = :parent)
                        """)
                .param("id", unit.id())
                .param("parent", parentId)
                .query(Boolean.class)
                .single();
        if (below) {
            throw new InvalidUnitException("\"" + parent.name() + "\" đang trực thuộc \"" + unit.name()
                    + "\", nên không thể là cấp trên của nó.");
        }
        return parent;
    }

    private Unit manageable(Account administrator, UUID id) {
        AdministratorRights.requireAdministrator(administrator);
        Unit unit = registry.find(id).orElseThrow(() -> new InvalidUnitException("Không có đơn vị này."));
        AdministratorRights.requireWithin(administrator, unit.scope());
        return unit;
    }

    private String describe(Unit unit) {
        return "\"" + unit.name() + "\" (" + unit.kind().labelVi() + ", " + localities.describe(unit.scope()) + ")";
    }

    private ManagedUnit managed(ResultSet rs, int row) throws SQLException {
        Unit unit = UnitRegistry.unit(rs, row);
        return new ManagedUnit(
                unit,
                rs.getString("parent_name"),
                localities.describe(unit.scope()),
                rs.getTimestamp("deactivated_at") == null);
    }

    /** A unit as the administration page shows it. */
    public record ManagedUnit(Unit unit, String parentName, String locality, boolean active) {}

    /** A page of units and how many match in all. */
    public record UnitList(List<ManagedUnit> units, int total) {}
}
