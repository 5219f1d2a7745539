package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.danvankheo.testing.TestServices;

/**
 * The move from unit names to unit records, run on a database the previous schema made and filled: contributors'
 * unit names become units, models find them, and what did not match in its own commune is reported.
 */
class UnitMigrationIntegrationTests {

    @Test
    void nameBasedUnitsBecomeRecordsAndWhatDidNotMatchIsReported() {
        Map<String, Object> properties = new HashMap<>();
        TestServices.isolated("catalog-unit-migration").register((name, value) -> properties.put(name, value.get()));
        var dataSource = new DriverManagerDataSource(
                (String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
        Flyway.configure()
                .dataSource(dataSource)
                .target(previousSchema(dataSource))
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID spaced = contributor(jdbc, "ctv-mot", "  Chi bộ   khu dân cư số 3 ", "01", "00004");
        UUID sameUnit = contributor(jdbc, "ctv-hai", "chi bộ khu dân cư số 3", "01", "00004");
        UUID otherCommune = contributor(jdbc, "ctv-ba", "Chi bộ khu dân cư số 3", "01", "00070");
        contributor(jdbc, "ctv-bon", "Hội Liên hiệp Phụ nữ thành phố", "01", null);
        UUID ownCommune = model(jdbc, "kdc-3", "Chi bộ khu dân cư số 3", "00004");
        UUID provinceUnit = model(jdbc, "phu-nu", "Hội Liên hiệp phụ nữ thành phố", "00070");
        UUID noUnit = model(jdbc, "cuu-chien-binh", "Hội Cựu chiến binh phường", "00004");
        UUID renamed = model(jdbc, "kdc-3-cu", "Chi bộ KDC số 3", "00004");

        Flyway.configure().dataSource(dataSource).load().migrate();

        UUID cell = unitOf(jdbc, spaced);
        assertThat(unitOf(jdbc, sameUnit))
                .as("names that differ in case and spacing were one unit")
                .isEqualTo(cell);
        assertThat(unitOf(jdbc, otherCommune))
                .as("one name in two communes is two units")
                .isNotEqualTo(cell);
        assertThat(jdbc.sql("SELECT name FROM accounts.unit WHERE id = :id")
                        .param("id", cell)
                        .query(String.class)
                        .single())
                .isEqualTo("Chi bộ khu dân cư số 3");
        assertThat(modelUnit(jdbc, ownCommune)).isEqualTo(cell);
        assertThat(report(jdbc, ownCommune))
                .as("a match in the model's own commune needs no check")
                .isNull();
        assertThat(report(jdbc, provinceUnit)).isEqualTo("MATCHED_PROVINCE_UNIT");
        assertThat(report(jdbc, noUnit)).isEqualTo("UNIT_CREATED");
        assertThat(report(jdbc, renamed)).isEqualTo("UNIT_CREATED");
        assertThat(modelUnit(jdbc, noUnit))
                .isNotNull()
                .isNotEqualTo(modelUnit(jdbc, renamed))
                .isNotEqualTo(cell);
        assertThat(jdbc.sql("SELECT count(*) FROM catalog.model WHERE registering_unit_id IS NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** The newest migration before units became records, whichever branch added it. */
    private static MigrationVersion previousSchema(DataSource dataSource) {
        MigrationVersion units = MigrationVersion.fromVersion("202612011000");
        return Stream.of(Flyway.configure().dataSource(dataSource).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(units) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow();
    }

    private static UUID contributor(JdbcClient jdbc, String username, String unit, String province, String commune) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO accounts.account (id, username, display_name, password_hash, role, unit_name,
                            province_code, commune_code, enabled, created_at)
                        VALUES (:id, :username, 'Cán bộ', '{noop}x', 'CONTRIBUTOR', :unit, :province, :commune, true,
                            now())
                        """)
                .param("id", id)
                .param("username", username)
                .param("unit", unit)
                .param("province", province)
                .param("commune", commune)
                .update();
        return id;
    }

    private static UUID model(JdbcClient jdbc, String slug, String unit, String commune) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO catalog.model (id, slug, name, owner_name, owner_kind, registering_unit, field,
                            location, commune_code, commune_name, province_code, province_name, year_started, summary,
                            story, status, created_at, updated_at, version)
                        VALUES (:id, :slug, 'Mô hình', :unit, 'COLLECTIVE', :unit, 'ECONOMY',
                            ST_SetSRID(ST_MakePoint(105.83, 21.03), 4326), :commune, 'Phường', '01', 'Hà Nội', 2025,
                            'Tóm tắt', 'Câu chuyện', 'DRAFT', now(), now(), 0)
                        """)
                .param("id", id)
                .param("slug", slug)
                .param("unit", unit)
                .param("commune", commune)
                .update();
        return id;
    }

    private static UUID unitOf(JdbcClient jdbc, UUID account) {
        return jdbc.sql("SELECT unit_id FROM accounts.account WHERE id = :id")
                .param("id", account)
                .query(UUID.class)
                .single();
    }

    private static UUID modelUnit(JdbcClient jdbc, UUID model) {
        return jdbc.sql("SELECT registering_unit_id FROM catalog.model WHERE id = :id")
                .param("id", model)
                .query(UUID.class)
                .single();
    }

    private static String report(JdbcClient jdbc, UUID model) {
        return jdbc.sql("SELECT outcome FROM catalog.unit_match_report WHERE model_id = :id")
                .param("id", model)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
