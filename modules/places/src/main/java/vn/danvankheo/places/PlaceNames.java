package vn.danvankheo.places;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every name people write for a place, folded, with the units it means today: current provinces and communes, the
 * 63 provinces before July 2025 (leading to the communes that were theirs) and a few common aliases. Search reads a
 * query's place words through it.
 */
@Service
public class PlaceNames {

    /** Names in daily use that are no unit's official name. */
    private static final Map<String, String> PROVINCE_ALIASES = Map.of(
            "tphcm", "79",
            "tp hcm", "79",
            "hcm", "79",
            "sai gon", "79",
            "saigon", "79",
            "thua thien hue", "46",
            "tt hue", "46");

    private final JdbcClient jdbc;
    private volatile Map<String, NamedPlace> names = Map.of();

    PlaceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the names have been read, so that {@link #named} no longer reads PostGIS. */
    public boolean loaded() {
        return !names.isEmpty();
    }

    /**
     * The place a folded name means; read from PostGIS on first use, so call it off the event loop.
     *
     * @param folded as {@link VietnameseText#fold} gives it
     */
    public java.util.Optional<NamedPlace> named(String folded) {
        Map<String, NamedPlace> loaded = names;
        if (loaded.isEmpty()) {
            loaded = load();
            names = loaded;
        }
        return java.util.Optional.ofNullable(loaded.get(folded));
    }

    private Map<String, NamedPlace> load() {
        Map<String, NamedPlace> byName = new LinkedHashMap<>();
        record Current(String code, String level, String name, String fullName) {}
        List<Current> current = jdbc.sql("""
                        SELECT u.code, u.level, n.name, n.full_name FROM places.admin_unit u
                        JOIN places.admin_unit_name n ON n.code = u.code AND n.valid_to IS NULL
                        """).query(Current.class).list();
        Map<String, String> provinceLabels = new LinkedHashMap<>();
        for (Current unit : current) {
            if (unit.level().equals(UnitLevel.PROVINCE.name())) {
                provinceLabels.put(unit.code(), unit.fullName());
                byName.put(
                        VietnameseText.fold(unit.name()),
                        new NamedPlace(
                                VietnameseText.fold(unit.name()),
                                unit.fullName(),
                                UnitLevel.PROVINCE,
                                false,
                                Set.of(unit.code())));
            }
        }
        PROVINCE_ALIASES.forEach((alias, code) -> byName.putIfAbsent(
                alias, new NamedPlace(alias, provinceLabels.get(code), UnitLevel.PROVINCE, false, Set.of(code))));
        record Former(String oldProvinceName, String newCommuneCode) {}
        Map<String, Set<String>> formerCommunes = new LinkedHashMap<>();
        Map<String, String> formerLabels = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT old_province_name, new_commune_code FROM places.former_commune")
                .query(Former.class)
                .list()
                .forEach(row -> {
                    String bare = row.oldProvinceName().replaceFirst("^(Tỉnh|Thành phố) ", "");
                    String folded = VietnameseText.fold(bare);
                    formerCommunes
                            .computeIfAbsent(folded, k -> new LinkedHashSet<>())
                            .add(row.newCommuneCode());
                    formerLabels.put(folded, bare);
                });
        formerCommunes.forEach((folded, communes) -> byName.putIfAbsent(
                folded,
                new NamedPlace(
                        folded, formerLabels.get(folded) + " (trước 7/2025)", UnitLevel.COMMUNE, true, communes)));
        Map<String, Set<String>> communesByName = new LinkedHashMap<>();
        Map<String, String> communeLabels = new LinkedHashMap<>();
        for (Current unit : current) {
            if (unit.level().equals(UnitLevel.COMMUNE.name())) {
                String folded = VietnameseText.fold(unit.fullName());
                communesByName
                        .computeIfAbsent(folded, k -> new LinkedHashSet<>())
                        .add(unit.code());
                communeLabels.putIfAbsent(folded, unit.fullName());
            }
        }
        communesByName.forEach((folded, codes) -> byName.putIfAbsent(
                folded, new NamedPlace(folded, communeLabels.get(folded), UnitLevel.COMMUNE, false, codes)));
        return Map.copyOf(byName);
    }

    /**
     * @param folded the name as {@link VietnameseText#fold} gives it; for communes it includes the unit word ("xa hoa
     *     binh"), since a commune's bare name is too often an ordinary word
     * @param label how to show it
     * @param level the level of {@code codes}: a former province means today's communes that were part of it
     * @param former a name no longer in force
     */
    public record NamedPlace(String folded, String label, UnitLevel level, boolean former, Set<String> codes) {

        public NamedPlace {
            codes = Set.copyOf(codes);
        }
    }
}
