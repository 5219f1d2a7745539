package vn.danvankheo.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            if (deactivated(parent.id())) {
                throw new InvalidUnitException("Đơn vị cấp trên \"" + parent.name() + "\" đã ngừng hoạt động.");
            }
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

    /** A unit made by the data generator: its id is fixed by the generator, so a resumed run finds it again. */
    public record GeneratedUnit(UUID id, NewUnit unit) {}

    /**
     * The bulk door for generated units: each is checked as {@link #register} checks it, marked with its seed run and
     * written unless a unit of its id is already there, so running a seed twice makes no unit twice. A parent must come
     * earlier in the list or be recorded already. Returns how many were written.
     */
    @Transactional
    public int registerGenerated(String seedRun, List<GeneratedUnit> units) {
        if (seedRun == null || seedRun.isBlank()) {
            throw new IllegalArgumentException("A generated unit needs its seed run");
        }
        Map<UUID, Scope> scopes = new HashMap<>();
        Map<String, Scope> scopesByPlace = new HashMap<>();
        int size = units.size();
        UUID[] ids = new UUID[size];
        String[] names = new String[size];
        String[] kinds = new String[size];
        String[] provinces = new String[size];
        String[] communes = new String[size];
        UUID[] parents = new UUID[size];
        for (int i = 0; i < size; i++) {
            GeneratedUnit generated = units.get(i);
            NewUnit given = generated.unit();
            String name = spaced(given.name());
            if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || given.kind() == null) {
                throw new InvalidUnitException(
                        "Đơn vị sinh thử \"" + name + "\" thiếu tên, quá dài hoặc chưa có loại.");
            }
            // A commune's units share its scope: one look-up of the places list per commune, not per unit.
            Scope scope = scopesByPlace.computeIfAbsent(
                    given.provinceCode() + "/" + given.communeCode(),
                    place -> localities.scope(given.provinceCode(), given.communeCode(), InvalidUnitException::new));
            if (given.parentId() != null) {
                Scope parent = scopes.get(given.parentId());
                if (parent == null) {
                    parent = find(given.parentId())
                            .map(Unit::scope)
                            .orElseThrow(
                                    () -> new InvalidUnitException("Đơn vị cấp trên của \"" + name + "\" không có."));
                }
                if (!parent.contains(scope)) {
                    throw new InvalidUnitException("\"" + name + "\" phải ở trong địa bàn của đơn vị cấp trên.");
                }
            }
            scopes.put(generated.id(), scope);
            ids[i] = generated.id();
            names[i] = name;
            kinds[i] = given.kind().name();
            provinces[i] = scope.provinceCode();
            communes[i] = scope.communeCode();
            parents[i] = given.parentId();
        }
        if (size == 0) {
            return 0;
        }
        // One statement for the whole list: a seed records tens of thousands of units, a round trip each was most of
        // their cost. Rows are inserted in the list's order, so a parent is there before its children.
        return jdbc.sql("""
                        INSERT INTO accounts.unit (id, name, kind, province_code, commune_code, parent_id,
                            created_at, seed_run)
                        SELECT u.id, u.name, u.kind, u.province, u.commune, u.parent, :now, :seedRun
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:names AS text[]), CAST(:kinds AS text[]),
                                    CAST(:provinces AS text[]), CAST(:communes AS text[]), CAST(:parents AS uuid[]))
                            WITH ORDINALITY AS u(id, name, kind, province, commune, parent, position)
                        ORDER BY u.position
                        ON CONFLICT (id) DO NOTHING
                        """)
                .param("ids", ids)
                .param("names", names)
                .param("kinds", kinds)
                .param("provinces", provinces)
                .param("communes", communes)
                .param("parents", parents)
                .param("now", Timestamp.from(Instant.now()))
                .param("seedRun", seedRun)
                .update();
    }

    /**
     * Deletes every generated unit of every run; real units are never touched. A generated unit still in use is kept
     * with its ancestors: one an account belongs to, one with a real unit under it, and one the caller names as used
     * by other records (a real model registered by it). Call it once the generated models are gone.
     */
    @Transactional
    public int removeGenerated(Collection<UUID> usedElsewhere) {
        return jdbc.sql("""
                        WITH RECURSIVE kept AS (
                            SELECT u.id, u.parent_id FROM accounts.unit u
                            WHERE u.seed_run IS NOT NULL
                              AND (u.id = ANY(:used)
                                OR EXISTS (SELECT 1 FROM accounts.account a WHERE a.unit_id = u.id)
                                OR EXISTS (SELECT 1 FROM accounts.unit c WHERE c.parent_id = u.id AND c.seed_run IS NULL))
                            UNION
                            SELECT p.id, p.parent_id FROM accounts.unit p JOIN kept k ON p.id = k.parent_id
                        )
                        DELETE FROM accounts.unit u
                        WHERE u.seed_run IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kept WHERE kept.id = u.id)
                        """).param("used", usedElsewhere.toArray(UUID[]::new)).update();
    }

    /** The units of these ids that are recorded, by id, for a batch read in one query. */
    public Map<UUID, Unit> findAll(Collection<UUID> ids) {
        Map<UUID, Unit> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT * FROM accounts.unit WHERE id = ANY(:ids)")
                    .param("ids", ids.toArray(UUID[]::new))
                    .query(UnitRegistry::unit)
                    .list()
                    .forEach(unit -> found.put(unit.id(), unit));
        }
        return found;
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

    /**
     * Every active unit whose locality lies within the scope, parents before their children's names: what may be given
     * to an account. Deactivated units are left out.
     */
    public List<Unit> within(Scope scope) {
        return jdbc.sql("""
                        SELECT * FROM accounts.unit
                        WHERE deactivated_at IS NULL
                          AND (CAST(:province AS varchar) IS NULL OR province_code = :province)
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

    Optional<Unit> sibling(String name, Scope scope, UUID parentId) {
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

    /** Whether the unit was deactivated: it keeps its models and accounts but takes no new ones. */
    boolean deactivated(UUID id) {
        return jdbc.sql("SELECT deactivated_at IS NOT NULL FROM accounts.unit WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
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
