package vn.danvankheo.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.danvankheo.media.UnsupportedMediaException;

/**
 * An upload copied to a temporary file while its hash is computed. A photo must be checked and decoded before
 * anything is stored, and a file on disk lets that happen without holding up to 40 MB per upload in memory.
 * Closing it deletes the file, which may hold the contributor's GPS position.
 */
public final class SpooledUpload implements AutoCloseable {

    private static final int CHUNK_BYTES = 64 * 1024;

    private final Path file;
    private final long sizeBytes;
    private final String sha256;

    private SpooledUpload(Path file, long sizeBytes, String sha256) {
        this.file = file;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    /** Copies exactly {@code sizeBytes}; a shorter stream is a broken upload, not a smaller photo. */
    public static SpooledUpload of(InputStream content, long sizeBytes) throws IOException {
        Path file = Files.createTempFile("dvk-upload-", ".bin");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] chunk = new byte[CHUNK_BYTES];
            long remaining = sizeBytes;
            try (OutputStream out = Files.newOutputStream(file)) {
                while (remaining > 0) {
                    int read = content.read(chunk, 0, (int) Math.min(chunk.length, remaining));
                    if (read < 0) {
                        throw new UnsupportedMediaException("Tệp bị cắt ngang: nhận được " + (sizeBytes - remaining)
                                + " trên " + sizeBytes + " byte. Hãy gửi lại.");
                    }
                    digest.update(chunk, 0, read);
                    out.write(chunk, 0, read);
                    remaining -= read;
                }
            }
            return new SpooledUpload(file, sizeBytes, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            Files.deleteIfExists(file);
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
