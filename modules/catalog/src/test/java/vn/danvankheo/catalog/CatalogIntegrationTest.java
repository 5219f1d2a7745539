package vn.danvankheo.catalog;

import org.springframework.boot.test.context.SpringBootTest;
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

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("catalog").register(registry);
    }
}
