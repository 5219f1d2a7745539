package vn.danvankheo.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The committed fixtures in {@code /videos} (see its README), and a QuickTime file made from the MP4. */
final class TestVideos {

    private TestVideos() {}

    static byte[] mp4() {
        return resource("small.mp4");
    }

    static byte[] webm() {
        return resource("small.webm");
    }

    /** The MP4 with its major brand patched to QuickTime's, as an iPhone's .mov begins. */
    static byte[] quickTime() {
        byte[] mov = mp4();
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, mov, 8, 4);
        return mov;
    }

    private static byte[] resource(String name) {
        try (var in = TestVideos.class.getResourceAsStream("/videos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test video " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
