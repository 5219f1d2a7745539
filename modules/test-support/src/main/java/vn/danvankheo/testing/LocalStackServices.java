package vn.danvankheo.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The services run by {@code infra/local/stack} without Docker. Endpoints come from the variables that
 * {@code infra/local/stack env} prints, with the same defaults.
 */
final class LocalStackServices implements RealServices {

    private static final Duration CONTROL_TIMEOUT = Duration.ofSeconds(180);

    private final ServiceEndpoints endpoints;

    LocalStackServices() {
        int pgPort = Integer.parseInt(env("DVK_PG_PORT", "15432"));
        this.endpoints = new ServiceEndpoints(
                "127.0.0.1",
                pgPort,
                "postgres",
                env("DVK_DB_USER", "dvk"),
                env("DVK_DB_PASSWORD", ""),
                env("DVK_S3_ENDPOINT", "http://127.0.0.1:19000"),
                env("DVK_S3_ACCESS_KEY", "dvk-access"),
                env("DVK_S3_SECRET_KEY", "dvk-secret-key-0123456789"),
                env("DVK_ES_URL", "http://127.0.0.1:19200"));
        if (!answers("127.0.0.1", pgPort)) {
            control("up");
        }
    }

    @Override
    public ServiceEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public void stopSearch() {
        control("stop", "elasticsearch");
    }

    @Override
    public void startSearch() {
        control("start", "elasticsearch");
    }

    @Override
    public void stopStorage() {
        control("stop", "storage");
    }

    @Override
    public void startStorage() {
        control("start", "storage");
    }

    private static void control(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(stackScript().toString());
        command.addAll(List.of(arguments));
        ExternalCommand.run(CONTROL_TIMEOUT, command);
    }

    /** Tests run from a module directory; the script is at the repository root. */
    private static Path stackScript() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("infra/local/stack");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "infra/local/stack not found above " + Path.of("").toAbsolutePath());
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
