package vn.danvankheo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proves the API rule is not vacuous: a class that reaches past a capability's API is reported, the API is not. */
class ApiRuleCanFailTests {

    private static final String ROOT = "vn.danvankheo.architecture.reach";

    @Test
    void reachingPastTheApiIsReported() {
        var classes = new ClassFileImporter().importPackages(ROOT);

        var result = CapabilityRules.reachedOnlyThroughTheirApi(ROOT, Map.of("alpha", Set.of(""), "beta", Set.of("")))
                .evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("Intruder.aroundIt()").contains("Internal");
        assertThat(report).doesNotContain("Intruder.byTheDoor()");
    }

    @Test
    void anInternalPackageListedAsApiIsAllowed() {
        var classes = new ClassFileImporter().importPackages(ROOT);

        var result = CapabilityRules.reachedOnlyThroughTheirApi(
                        ROOT, Map.of("alpha", Set.of("", "inner"), "beta", Set.of("")))
                .evaluate(classes);

        assertThat(result.hasViolation()).isFalse();
    }
}
