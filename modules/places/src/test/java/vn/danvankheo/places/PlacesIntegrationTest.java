package vn.danvankheo.places;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

/** One context for all places integration tests: the real data set loaded once into real PostGIS. */
@SpringBootTest(classes = PlacesTestApplication.class, properties = "dvk.places.data-directory=../../data/vn-admin")
abstract class PlacesIntegrationTest {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("places").register(registry);
    }
}
