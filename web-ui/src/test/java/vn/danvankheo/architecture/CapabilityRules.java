package vn.danvankheo.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture.md, written once and applied to the real code and to a fixture. */
final class CapabilityRules {

    private CapabilityRules() {}

    static ArchRule noCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * One way only: places and media know no other capability (media owners are opaque ids), accounts and the
     * catalog use places, the catalog knows none of the read side, search reads the catalog, imports register
     * through the catalog beside search, recognition reads models from the catalog and publishes its decisions to it, and only the application sees them all.
     */
    static ArchRule oneWayDependencies() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Application")
                .definedBy("vn.danvankheo.web..", "vn.danvankheo.demo..")
                .layer("Search")
                .definedBy("vn.danvankheo.search..")
                .layer("Imports")
                .definedBy("vn.danvankheo.imports..")
                .layer("Catalog")
                .definedBy("vn.danvankheo.catalog..")
                .layer("Media")
                .definedBy("vn.danvankheo.media..")
                .layer("Places")
                .definedBy("vn.danvankheo.places..")
                .layer("Recognition")
                .definedBy("vn.danvankheo.recognition..")
                .layer("Accounts")
                .definedBy("vn.danvankheo.accounts..")
                .whereLayer("Application")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Search")
                .mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Imports")
                .mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Catalog")
                .mayOnlyBeAccessedByLayers("Search", "Imports", "Recognition", "Application")
                .whereLayer("Media")
                .mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Places")
                .mayOnlyBeAccessedByLayers("Accounts", "Catalog", "Search", "Imports", "Recognition", "Application")
                .whereLayer("Recognition")
                .mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Accounts")
                .mayOnlyBeAccessedByLayers("Catalog", "Imports", "Recognition", "Application");
    }
}
