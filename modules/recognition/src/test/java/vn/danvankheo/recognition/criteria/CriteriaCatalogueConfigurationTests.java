package vn.danvankheo.recognition.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CriteriaCatalogueConfigurationTests {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(CriteriaCatalogue.class);

    @Test
    void theDirectoryComesFromDvkCriteria() {
        context.withPropertyValues("dvk.criteria.directory=../../data/criteria")
                .run(started -> assertThat(
                                started.getBean(CriteriaCatalogue.class).all())
                        .isNotEmpty());
    }

    @Test
    void withoutConfigurationTheDirectoryIsDataCriteria() {
        assertThat(new CriteriaProperties(null).directory()).isEqualTo(Path.of("data", "criteria"));
    }

    @Test
    void aBadDirectoryStopsTheApplication() {
        context.withPropertyValues("dvk.criteria.directory=does/not/exist")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(InvalidCriteriaException.class));
    }
}
