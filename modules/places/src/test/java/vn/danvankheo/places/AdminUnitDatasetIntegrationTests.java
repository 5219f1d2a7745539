package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AdminUnitDatasetIntegrationTests extends PlacesIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdminUnitDataset dataset;

    @Test
    void everyProvinceAndCommuneIsLoadedWithAValidIndexedBoundary() {
        assertThat(count("SELECT count(*) FROM places.admin_unit WHERE level = 'PROVINCE'"))
                .isEqualTo(34);
        assertThat(count("SELECT count(*) FROM places.admin_unit WHERE level = 'COMMUNE'"))
                .isEqualTo(3_321);
        assertThat(count("""
                SELECT count(*) FROM places.admin_unit
                WHERE NOT ST_IsValid(boundary) OR ST_SRID(boundary) <> 4326 OR GeometryType(boundary) <> 'MULTIPOLYGON'
                   OR NOT ST_IsValid(outline) OR ST_IsEmpty(boundary)
                """)).isZero();
        assertThat(count("""
                SELECT count(*) FROM pg_indexes
                WHERE schemaname = 'places' AND tablename = 'admin_unit' AND indexdef LIKE '%USING gist (boundary)'
                """)).as("every level's boundaries indexed").isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM pg_indexes
                WHERE schemaname = 'places' AND tablename = 'admin_unit'
                  AND indexdef LIKE '%USING gist (boundary) WHERE ((level)::text = ''COMMUNE''%'
                """))
                .as("communes' boundaries indexed on their own, for point to commune")
                .isEqualTo(1);
        assertThat(count("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = 'places' AND table_name = 'admin_unit' AND column_name = 'outline_coarse'
                """))
                .as("the national zooms' outlines are made from the detailed ones, not stored")
                .isZero();
    }

    @Test
    void theUnitTypesMatchQd19AndTheApril2026Changes() {
        assertThat(count("""
                SELECT count(*) FROM places.admin_unit_name
                WHERE valid_from = '2025-07-01' AND unit_type = 'Xã'
                """)).isEqualTo(2_621);
        assertThat(count("""
                SELECT count(*) FROM places.admin_unit_name
                WHERE valid_from <= '2025-07-01' AND (valid_to IS NULL OR valid_to > '2025-07-01') AND unit_type = 'Phường'
                """)).isEqualTo(687);
        assertThat(count(
                        "SELECT count(*) FROM places.admin_unit_name WHERE valid_to IS NULL AND unit_type = 'Đặc khu'"))
                .isEqualTo(13);
        assertThat(count("""
                SELECT count(*) FROM places.admin_unit_name
                WHERE valid_to IS NULL AND unit_type = 'Phường' AND code IN
                  ('25270','25357','25363','26116','26170','26248','26326','26368','26425','26485')
                """)).isEqualTo(10);
        assertThat(jdbc.queryForObject(
                        "SELECT full_name FROM places.admin_unit_name WHERE code = '75' AND valid_to = '2026-04-30'",
                        String.class))
                .isEqualTo("Tỉnh Đồng Nai");
        assertThat(jdbc.queryForObject(
                        "SELECT full_name FROM places.admin_unit_name WHERE code = '75' AND valid_to IS NULL",
                        String.class))
                .isEqualTo("Thành phố Đồng Nai");
        assertThat(jdbc.queryForObject(
                        "SELECT full_name FROM places.admin_unit_name WHERE code = '06325' AND valid_to IS NULL",
                        String.class))
                .isEqualTo("Xã Bắc Sơn");
    }

    @Test
    void loadingAgainWithUnchangedFilesDoesNothing() {
        assertThat(dataset.loadIfChanged()).isEmpty();
        assertThat(count("SELECT count(*) FROM places.admin_unit")).isEqualTo(3_355);
    }

    @Test
    void everyFormerCommuneIsKept() {
        assertThat(count("SELECT count(*) FROM places.former_commune")).isEqualTo(10_604);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
