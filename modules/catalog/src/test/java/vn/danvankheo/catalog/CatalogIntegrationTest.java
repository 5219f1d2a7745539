package vn.danvankheo.catalog;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

/** One application context for all catalog integration tests, on a database of their own in real PostGIS. */
@SpringBootTest(
        classes = CatalogTestApplication.class,
        properties = {
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.catalog.outbox-max-backoff=500ms",
            "dvk.places.data-directory=../../data/vn-admin"
        })
abstract class CatalogIntegrationTest {

    @Autowired
    JdbcClient sampleUnits;

    @Autowired
    private ModelCatalog registrar;

    /** Registers as {@link ModelWrites} does once it has found the commune and checked the account there. */
    ModelView registered(NewModel given, Editor editor) {
        return registrar.register(given, registrar.communeOf(given), editor);
    }

    /** The batch as {@link ModelWrites#registerAll} stores it, every commune found first. */
    List<ModelView> registeredAll(List<NewModel> given, Editor editor) {
        return registrar.registerAll(
                given.stream()
                        .map(model -> new ModelCatalog.Placed(model, registrar.communeOf(model)))
                        .toList(),
                editor);
    }

    /** The sample models' unit, with the id they name; recorded as the accounts capability would. */
    @BeforeEach
    void sampleUnitRecorded() {
        sampleUnits.sql("""
                        INSERT INTO accounts.unit (id, name, kind, province_code, commune_code, created_at)
                        VALUES (:id, 'Chi bộ tổ dân phố số 5', 'PARTY_CELL', '01', '00004', now())
                        ON CONFLICT DO NOTHING
                        """).param("id", SampleModels.UNIT).update();
    }

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("catalog").register(registry);
    }
}
