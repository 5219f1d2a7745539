package vn.danvankheo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.danvankheo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule capabilitiesHaveNoCycles = CapabilityRules.noCycles("vn.danvankheo");

    @ArchTest
    static final ArchRule dependenciesPointOneWay = CapabilityRules.oneWayDependencies();

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
