package vn.danvankheo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Proves the cycle rule is not vacuous: on two packages that use each other it reports a violation. */
class CycleRuleCanFailTests {

    @Test
    void theCycleRuleCatchesACycle() {
        var classes = new ClassFileImporter().importPackages("vn.danvankheo.architecture.fixture");

        var result =
                CapabilityRules.noCycles("vn.danvankheo.architecture.fixture").evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("left", "right");
    }
}
