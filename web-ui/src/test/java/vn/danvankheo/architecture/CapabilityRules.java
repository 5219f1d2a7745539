package vn.danvankheo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;

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
     * Jobs know no capability; media and search run their scheduled jobs under its lock.
     */
    static ArchRule oneWayDependencies() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Application")
                .definedBy(
                        "vn.danvankheo.web..", "vn.danvankheo.demo..", "vn.danvankheo.seed..", "vn.danvankheo.admin..")
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
                .layer("Jobs")
                .definedBy("vn.danvankheo.jobs..")
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
                .mayOnlyBeAccessedByLayers("Catalog", "Imports", "Recognition", "Application")
                .whereLayer("Jobs")
                .mayOnlyBeAccessedByLayers("Media", "Search", "Application");
    }

    /**
     * Code outside a capability reaches it only through its API packages ({@code ""} is the root package): its
     * feature packages that are no API, such as its endpoints, stay its own even where Java lets a public type be
     * seen.
     *
     * @param apiPackages each capability (a package right under {@code rootPackage}) to its API sub-packages
     */
    static ArchRule reachedOnlyThroughTheirApi(String rootPackage, Map<String, Set<String>> apiPackages) {
        return classes()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should(new ArchCondition<JavaClass>("reach other capabilities only through their API packages") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = capabilityOf(rootPackage, origin.getPackageName());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            String theirs = capabilityOf(rootPackage, target);
                            if (theirs.equals(own) || !apiPackages.containsKey(theirs)) {
                                continue;
                            }
                            String inside = target.substring((rootPackage + "." + theirs).length())
                                    .replaceFirst("^\\.", "");
                            if (!apiPackages.get(theirs).contains(inside)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    private static String capabilityOf(String rootPackage, String packageName) {
        if (!packageName.startsWith(rootPackage + ".")) {
            return "";
        }
        String inside = packageName.substring(rootPackage.length() + 1);
        int dot = inside.indexOf('.');
        return dot < 0 ? inside : inside.substring(0, dot);
    }
}
