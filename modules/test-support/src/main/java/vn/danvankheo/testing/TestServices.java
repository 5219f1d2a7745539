package vn.danvankheo.testing;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.testcontainers.DockerClientFactory;

/**
 * The one switch between the two ways of getting real services: containers where a Docker engine runs, the local
 * stack ({@code infra/local/stack}) where none does. {@code DVK_TEST_SERVICES=docker|local} forces one; the default,
 * {@code auto}, asks Docker. The suite is the same either way.
 */
public final class TestServices {

    private static RealServices real;
    private static final Map<String, IsolatedServices> ISOLATED = new ConcurrentHashMap<>();

    private TestServices() {}

    public static synchronized RealServices real() {
        if (real == null) {
            real = switch (mode()) {
                case "docker" -> new ContainerServices();
                case "local" -> new LocalStackServices();
                default ->
                    DockerClientFactory.instance().isDockerAvailable()
                            ? new ContainerServices()
                            : new LocalStackServices();
            };
        }
        return real;
    }

    /**
     * A database, bucket and index prefix of the test's own, emptied once per test run, so modules and runs never
     * see each other's data and nothing the application stores for real is touched.
     */
    public static IsolatedServices isolated(String name) {
        return ISOLATED.computeIfAbsent(namespaced(name), n -> IsolatedServices.create(real(), n));
    }

    /**
     * {@code DVK_TEST_NAMESPACE} keeps two checkouts testing on one machine at once (two worktrees, say) out of each
     * other's databases and buckets.
     */
    private static String namespaced(String name) {
        String namespace = System.getProperty("dvk.test.namespace", System.getenv("DVK_TEST_NAMESPACE"));
        return namespace == null || namespace.isBlank() ? name : namespace.strip() + "-" + name;
    }

    private static String mode() {
        String configured = System.getProperty("dvk.test.services", System.getenv("DVK_TEST_SERVICES"));
        return configured == null ? "auto" : configured.strip().toLowerCase(Locale.ROOT);
    }
}
