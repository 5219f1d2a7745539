package vn.danvankheo.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes an upload as storage reads it, and stops it once it passes a limit: a video streamed in parts
 * can be measured only while it passes.
 */
final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private final MessageDigest digest;
    private long count;
    private boolean ended;
    private boolean tooLarge;

    CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read < 0) {
            ended = true;
            return read;
        }
        digest.update(buffer, offset, read);
        count += read;
        if (count > limit) {
            tooLarge = true;
            throw new IOException("Upload passed " + limit + " bytes");
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("An upload is read whole; skipping would leave bytes unhashed");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    boolean ended() {
        return ended;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
