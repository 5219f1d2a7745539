package vn.danvankheo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;

@AnalyzeClasses(packages = "vn.danvankheo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = CapabilityRules.noCycles("vn.danvankheo");

    @ArchTest
    static final ArchRule dependenciesPointOneWay = CapabilityRules.oneWayDependencies();

    /** The API packages of each capability, as docs/architecture.md lists them. */
    static final Map<String, Set<String>> API_PACKAGES = Map.of(
            "jobs", Set.of(""),
            "places", Set.of("", "coordinates"),
            "accounts", Set.of(""),
            "media", Set.of(""),
            "catalog", Set.of(""),
            "search", Set.of(""),
            "imports", Set.of(""),
            "recognition", Set.of("", "campaigns", "registrations", "ratings", "honours", "reports", "criteria"));

    @ArchTest
    static final ArchRule capabilitiesAreReachedOnlyThroughTheirApi =
            CapabilityRules.reachedOnlyThroughTheirApi("vn.danvankheo", API_PACKAGES);

    @ArchTest
    static final ArchRule endpointsAreNotAnApiForOtherCapabilities = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "vn.danvankheo.search.web..",
                    "vn.danvankheo.media.web..",
                    "vn.danvankheo.imports.web..",
                    "vn.danvankheo.recognition.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "vn.danvankheo.search.web..",
                    "vn.danvankheo.media.web..",
                    "vn.danvankheo.imports.web..",
                    "vn.danvankheo.recognition.web..");

    @ArchTest
    static final ArchRule jpaStaysInsideTheCatalog = noClasses()
            .that()
            .resideOutsideOfPackage("vn.danvankheo.catalog..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.springframework.data.jpa..");
}
