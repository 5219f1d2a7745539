package vn.danvankheo.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads data/vn-admin into PostGIS before the application takes traffic: every unit with its boundary repaired where
 * the simplified source is invalid, its names in each version, and the old-to-new commune mapping. Loading is one
 * transaction and is skipped when the files' checksum matches what was loaded, so restarts cost nothing.
 */
@Component
class AdminUnitDataset implements ApplicationRunner {

    static final String NAME = "vn-admin";
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    /** NQ 30/2026/QH16 and 237/NQ-UBTVQH16: Đồng Nai a city, ten xã become phường, spellings change. */
    static final LocalDate RENAMED = LocalDate.of(2026, 4, 30);

    static final int PROVINCES = 34;
    static final int COMMUNES = 3_321;

    private static final Logger log = LoggerFactory.getLogger(AdminUnitDataset.class);
    private static final String UNITS = "vn_admin_units.csv";
    private static final String COMMUNE_BOUNDARIES = "vn_communes_3321.geojson.gz";
    private static final String COMMUNE_OUTLINES = "vn_communes_3321_light.geojson.gz";
    private static final String PROVINCE_OUTLINES = "vn_provinces_34_light.geojson.gz";
    private static final String FORMER_COMMUNES = "vn_old_to_new_communes_dvhcvn.csv";
    private static final String NEIGHBOUR_LAND = "neighbour_land_naturalearth_10m.geojson.gz";
    private static final List<String> FILES =
            List.of(UNITS, COMMUNE_BOUNDARIES, COMMUNE_OUTLINES, PROVINCE_OUTLINES, FORMER_COMMUNES, NEIGHBOUR_LAND);
    private static final int BATCH = 200;
    private static final String REPAIRED = "ST_Multi(ST_CollectionExtract(ST_MakeValid(%s), 3))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Path directory;

    AdminUnitDataset(JdbcTemplate jdbc, TransactionTemplate transaction, PlacesProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.directory = properties.dataDirectory();
    }

    @Override
    public void run(ApplicationArguments args) {
        loadIfChanged();
    }

    /** @return what was loaded, or empty when the data in PostGIS already matches the files */
    Optional<LoadReport> loadIfChanged() {
        String checksum = checksum();
        List<String> loaded = jdbc.queryForList("SELECT sha256 FROM places.dataset WHERE name = ?", String.class, NAME);
        if (loaded.contains(checksum)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        LoadReport report = transaction.execute(status -> load(checksum));
        log.info(
                "Loaded {} administrative units ({} repaired boundaries) and {} former communes from {} in {} ms",
                report.provinces() + report.communes(),
                report.repairedBoundaries(),
                report.formerCommunes(),
                directory.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        return Optional.of(report);
    }

    private LoadReport load(String checksum) {
        try {
            jdbc.execute("DELETE FROM places.neighbour_land");
            jdbc.execute("DELETE FROM places.former_commune");
            jdbc.execute("DELETE FROM places.admin_unit_name");
            jdbc.execute("DELETE FROM places.admin_unit");
            jdbc.execute("""
                    CREATE TEMP TABLE raw_geometry (
                        code varchar(5) PRIMARY KEY, boundary geometry, outline geometry
                    ) ON COMMIT DROP
                    """);
            stageGeometries();
            int repaired = jdbc.queryForObject(
                    "SELECT count(*) FILTER (WHERE NOT ST_IsValid(boundary)) FROM raw_geometry", Integer.class);
            List<Map<String, String>> units = CsvTable.read(directory.resolve(UNITS));
            insertUnits(units);
            insertNames(units);
            int former = insertFormerCommunes(CsvTable.read(directory.resolve(FORMER_COMMUNES)));
            insertNeighbourLand();
            LoadReport report = new LoadReport(count("PROVINCE"), count("COMMUNE"), repaired, former);
            if (report.provinces() != PROVINCES || report.communes() != COMMUNES) {
                throw new IllegalStateException("Expected " + PROVINCES + " provinces and " + COMMUNES
                        + " communes, loaded " + report.provinces() + " and " + report.communes());
            }
            jdbc.update("DELETE FROM places.dataset WHERE name = ?", NAME);
            jdbc.update(
                    "INSERT INTO places.dataset (name, sha256, loaded_at, rows) VALUES (?, ?, ?, ?)",
                    NAME,
                    checksum,
                    Timestamp.from(Instant.now()),
                    report.provinces() + report.communes() + report.formerCommunes());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + directory.toAbsolutePath(), e);
        }
    }

    private void stageGeometries() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        GeoJsonFeatures.forEach(directory.resolve(COMMUNE_BOUNDARIES), feature -> {
            rows.add(new Object[] {code(feature), feature.get("geometry").toString()});
            flush(
                    rows,
                    "INSERT INTO raw_geometry (code, boundary) VALUES (?, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))");
        });
        flushAll(rows, "INSERT INTO raw_geometry (code, boundary) VALUES (?, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326))");
        String outline = "UPDATE raw_geometry SET outline = ST_SetSRID(ST_GeomFromGeoJSON(?), 4326) WHERE code = ?";
        GeoJsonFeatures.forEach(directory.resolve(COMMUNE_OUTLINES), feature -> {
            rows.add(new Object[] {feature.get("geometry").toString(), code(feature)});
            flush(rows, outline);
        });
        flushAll(rows, outline);
        GeoJsonFeatures.forEach(directory.resolve(PROVINCE_OUTLINES), feature -> {
            rows.add(new Object[] {code(feature), feature.get("geometry").toString()});
        });
        // A province's boundary is its outline: points are placed by commune, and a commune names its province.
        flushAll(rows, """
                INSERT INTO raw_geometry (code, boundary, outline)
                VALUES (?, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), NULL)
                """);
        // The national zooms' lighter outlines are made from this one by Outlines, for each zoom.
        jdbc.update("UPDATE raw_geometry SET outline = boundary WHERE length(code) = 2");
    }

    private void insertUnits(List<Map<String, String>> units) {
        String sql = """
                INSERT INTO places.admin_unit
                    (code, level, province_code, area_km2, label_point, boundary, outline)
                SELECT ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), %s, %s
                FROM raw_geometry r WHERE r.code = ?
                """.formatted(REPAIRED.formatted("r.boundary"), REPAIRED.formatted("r.outline"));
        List<Object[]> rows = units.stream()
                .map(unit -> new Object[] {
                    unit.get("code"),
                    "province".equals(unit.get("level")) ? "PROVINCE" : "COMMUNE",
                    unit.get("province_code"),
                    new java.math.BigDecimal(unit.get("area_km2")),
                    Double.parseDouble(unit.get("label_lon")),
                    Double.parseDouble(unit.get("label_lat")),
                    unit.get("code")
                })
                .toList();
        int[][] inserted = jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
        int total = java.util.Arrays.stream(inserted)
                .flatMapToInt(java.util.Arrays::stream)
                .sum();
        if (total != units.size()) {
            throw new IllegalStateException((units.size() - total) + " units in " + UNITS + " have no boundary");
        }
    }

    private void insertNames(List<Map<String, String>> units) {
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, String> unit : units) {
            UnitName today = UnitName.current(unit);
            UnitName before = UnitName.asOfReorganisation(unit);
            if (today.equals(before)) {
                rows.add(today.row(unit.get("code"), REORGANISED, null));
            } else {
                rows.add(before.row(unit.get("code"), REORGANISED, RENAMED));
                rows.add(today.row(unit.get("code"), RENAMED, null));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO places.admin_unit_name (code, valid_from, valid_to, name, full_name, name_en, full_name_en,
                    unit_type, name_folded, full_name_folded)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    private int insertFormerCommunes(List<Map<String, String>> mapping) {
        List<Object[]> rows = mapping.stream()
                .map(row -> new Object[] {
                    row.get("old_province_code"),
                    row.get("old_province_name"),
                    row.get("old_commune_code"),
                    row.get("old_commune_name"),
                    VietnameseText.fold(row.get("old_commune_name")),
                    row.get("new_commune_code"),
                    row.get("merge_type")
                })
                .toList();
        jdbc.batchUpdate("""
                INSERT INTO places.former_commune (old_province_code, old_province_name, old_commune_code,
                    old_commune_name, old_name_folded, new_commune_code, merge_type)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return rows.size();
    }

    private void insertNeighbourLand() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        GeoJsonFeatures.forEach(directory.resolve(NEIGHBOUR_LAND), feature -> {
            var properties = feature.get("properties");
            rows.add(new Object[] {
                properties.get("iso_a3").asString(),
                properties.get("name_vi").asString(),
                properties.get("name_en").asString(),
                feature.get("geometry").toString()
            });
        });
        flushAll(rows, """
                INSERT INTO places.neighbour_land (iso_a3, name_vi, name_en, land)
                VALUES (?, ?, ?, %s)
                """.formatted(REPAIRED.formatted("ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)")));
    }

    private int count(String level) {
        return jdbc.queryForObject("SELECT count(*) FROM places.admin_unit WHERE level = ?", Integer.class, level);
    }

    private void flush(List<Object[]> rows, String sql) {
        if (rows.size() >= BATCH) {
            flushAll(rows, sql);
        }
    }

    private void flushAll(List<Object[]> rows, String sql) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    private static String code(tools.jackson.databind.JsonNode feature) {
        return feature.get("properties").get("code").asString();
    }

    private String checksum() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                sha256.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(directory.resolve(file)), sha256)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Administrative-unit data not found in " + directory.toAbsolutePath()
                            + " (set dvk.places.data-directory)",
                    e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    record LoadReport(int provinces, int communes, int repairedBoundaries, int formerCommunes) {}

    /** A unit's names as in force at one time; the source gives the 1 July 2025 ones only in Vietnamese. */
    private record UnitName(String name, String fullName, String nameEn, String fullNameEn, String unitType) {

        static UnitName current(Map<String, String> unit) {
            return new UnitName(
                    unit.get("name"),
                    capitalised(unit.get("full_name")),
                    unit.get("name_en"),
                    unit.get("full_name_en"),
                    unit.get("unit_type"));
        }

        static UnitName asOfReorganisation(Map<String, String> unit) {
            UnitName today = current(unit);
            String type = unit.get("unit_type_20250701");
            String fullName = capitalised(unit.get("full_name_20250701"));
            if (!fullName.startsWith(type + " ")) {
                throw new IllegalStateException("Unit " + unit.get("code") + ": \"" + fullName
                        + "\" does not start with its type \"" + type + "\"");
            }
            String todayTypeEn = UnitTypes.english(today.unitType());
            String typeEn = UnitTypes.english(type);
            return new UnitName(
                    fullName.substring(type.length() + 1),
                    fullName,
                    retyped(today.nameEn(), todayTypeEn, typeEn),
                    retyped(today.fullNameEn(), todayTypeEn, typeEn),
                    type);
        }

        Object[] row(String code, LocalDate from, LocalDate to) {
            return new Object[] {
                code,
                Date.valueOf(from),
                to == null ? null : Date.valueOf(to),
                name,
                fullName,
                nameEn,
                fullNameEn,
                unitType,
                VietnameseText.fold(name),
                VietnameseText.fold(fullName)
            };
        }

        /** The source has one lower-case "xã" (06325); names are proper nouns. */
        private static String capitalised(String name) {
            return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        private static String retyped(String english, String todayType, String type) {
            return english.endsWith(" " + todayType)
                    ? english.substring(0, english.length() - todayType.length()) + type
                    : english;
        }
    }
}
