package vn.danvankheo.recognition;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

/** One application context for all recognition integration tests, on a database of their own in real PostGIS. */
@SpringBootTest(
        classes = RecognitionTestApplication.class,
        properties = {"dvk.places.data-directory=../../data/vn-admin", "dvk.criteria.directory=../../data/criteria"})
abstract class RecognitionIntegrationTest {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("recognition").register(registry);
    }
}
