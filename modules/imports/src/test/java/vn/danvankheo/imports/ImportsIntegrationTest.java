package vn.danvankheo.imports;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

/**
 * The imports' one application context against real PostGIS with the official units loaded: every integration test of
 * the module extends this, so they share it.
 */
@SpringBootTest(
        classes = ImportsTestApplication.class,
        properties = {"dvk.places.data-directory=../../data/vn-admin", "dvk.imports.max-rows=50"})
abstract class ImportsIntegrationTest {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("imports").register(registry);
    }
}
