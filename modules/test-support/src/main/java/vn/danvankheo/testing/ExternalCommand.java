package vn.danvankheo.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program run from a test, kept off the test JVM's own standard streams. Surefire and Failsafe talk to a forked
 * JVM over its stdin and stdout: a child that inherits them corrupts the channel (npm set the shared stdin
 * non-blocking, and the fork's command reader then failed with "Resource temporarily unavailable", which failed the
 * build after every test had passed). The child reads an empty stdin and writes to a file, read back afterwards.
 */
public final class ExternalCommand {

    private ExternalCommand() {}

    /**
     * Runs {@code command} to its end.
     *
     * @throws IllegalStateException if it cannot start, takes longer than {@code timeout} or exits with other than 0,
     *     with the end of its output in the message
     */
    public static String run(Duration timeout, List<String> command) {
        Path output = null;
        try {
            output = Files.createTempFile("dvk-command-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", command) + " took longer than " + timeout + ":\n" + tail(output));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed with " + process.exitValue() + ":\n" + tail(output));
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // A leftover log in the temporary directory harms nothing; the command's outcome stands.
                }
            }
        }
    }

    private static String tail(Path output) throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 4_000));
    }
}
