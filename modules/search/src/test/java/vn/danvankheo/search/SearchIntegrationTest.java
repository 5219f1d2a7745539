package vn.danvankheo.search;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

/** The one application context of search's integration tests: real PostGIS, catalog outbox and Elasticsearch. */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.catalog.outbox-max-backoff=1s",
            "dvk.search.heal-interval=1s",
            "dvk.places.data-directory=../../data/vn-admin"
        })
abstract class SearchIntegrationTest {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("search").register(registry);
    }
}
