package vn.danvankheo.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The committed fixtures in {@code /videos} (see its README), a QuickTime file made from the MP4, and MP4s that say
 * where they were filmed, built from it as phones write them.
 */
public final class TestVideos {

    private TestVideos() {}

    public static byte[] mp4() {
        return resource("small.mp4");
    }

    public static byte[] webm() {
        return resource("small.webm");
    }

    /** The MP4 with its major brand patched to QuickTime's, as an iPhone's .mov begins. */
    public static byte[] quickTime() {
        byte[] mov = mp4();
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, mov, 8, 4);
        return mov;
    }

    /**
     * The MP4 as it is stored and served: its only user data, the empty {@code moov/udta/meta} FFmpeg writes (at
     * byte 993, 61 bytes), has become a zeroed {@code free} box.
     */
    public static byte[] scrubbed() {
        byte[] mp4 = mp4();
        System.arraycopy("free".getBytes(StandardCharsets.US_ASCII), 0, mp4, 993 + 4, 4);
        Arrays.fill(mp4, 993 + 8, 993 + 61, (byte) 0);
        return mp4;
    }

    /** Where the located fixtures were filmed, as ISO 6709 (Hoàn Kiếm lake). */
    public static final String LOCATION = "+21.0285+105.8542/";

    /** The MP4's layout: {@code ftyp} (32 bytes), {@code moov}, {@code free} (8), {@code mdat}. */
    public static final int MOOV_AT = 32;

    public static final int MDAT_AT = 1062;

    /**
     * {@code udta/©xyz}, QuickTime's location box: a 16-bit length, a 16-bit language, then the ISO 6709 string.
     */
    public static byte[] xyzUserData() {
        byte[] text = LOCATION.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer xyz = ByteBuffer.allocate(4 + text.length)
                .putShort((short) text.length)
                .putShort((short) 0x15c7)
                .put(text);
        return box("udta", box("\u00a9xyz", xyz.array()));
    }

    /** An XMP packet in its {@code uuid} box, as cameras and editors write one, with a GPS position in it. */
    public static byte[] xmp() {
        return uuid(
                "be7acfcb97a942e89c71999491e3afac",
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:Description exif:GPSLatitude=\"" + LOCATION
                        + "\"/></x:xmpmeta>");
    }

    /** A {@code uuid} box: a 16-byte extended type, then the payload. */
    public static byte[] uuid(String hex, String payload) {
        return box("uuid", concat(HexFormat.of().parseHex(hex), payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** Apple's {@code meta}: a {@code keys} list naming the location key and its value in {@code ilst}. */
    public static byte[] appleMeta() {
        byte[] key = "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.US_ASCII);
        byte[] keys = ByteBuffer.allocate(8 + 8 + key.length)
                .putInt(0)
                .putInt(1)
                .putInt(8 + key.length)
                .put("mdta".getBytes(StandardCharsets.US_ASCII))
                .put(key)
                .array();
        byte[] value = LOCATION.getBytes(StandardCharsets.US_ASCII);
        byte[] data = ByteBuffer.allocate(8 + value.length)
                .putInt(1)
                .putInt(0)
                .put(value)
                .array();
        byte[] hdlr = ByteBuffer.allocate(25)
                .putInt(0)
                .putInt(0)
                .put("mdta".getBytes(StandardCharsets.US_ASCII))
                .array();
        return box("meta", concat(new byte[4], box("hdlr", hdlr), box("keys", keys), ilst(data)));
    }

    private static byte[] ilst(byte[] data) {
        return box(
                "ilst",
                ByteBuffer.allocate(8 + 8 + data.length)
                        .putInt(8 + 8 + data.length)
                        .putInt(1)
                        .put(box("data", data))
                        .array());
    }

    /**
     * The MP4 rebuilt as a phone writes it, {@code moov} last, with {@code child} added at the end of the box at
     * {@code path} in {@code moov} ("moov", "moov/trak"). {@code mdat} keeps its offset, behind a {@code free} box
     * where {@code moov} was, so the chunk offsets are still right and the file still plays.
     */
    public static byte[] withMoovLast(String path, byte[] child) {
        byte[] mp4 = mp4();
        byte[] moov = Arrays.copyOfRange(mp4, MOOV_AT, MDAT_AT - 8);
        byte[] free = box("free", new byte[MDAT_AT - MOOV_AT - 8]);
        return concat(
                Arrays.copyOfRange(mp4, 0, MOOV_AT),
                free,
                Arrays.copyOfRange(mp4, MDAT_AT, mp4.length),
                appended(moov, path.split("/"), 0, child));
    }

    /** A box with a 32-bit size. */
    public static byte[] box(String type, byte[] payload) {
        return concat(
                ByteBuffer.allocate(4).putInt(8 + payload.length).array(),
                type.getBytes(StandardCharsets.ISO_8859_1),
                payload);
    }

    /** A box with a 64-bit size, as writers use for a large {@code mdat}. */
    public static byte[] largeBox(String type, byte[] payload) {
        return concat(
                ByteBuffer.allocate(4).putInt(1).array(),
                type.getBytes(StandardCharsets.ISO_8859_1),
                ByteBuffer.allocate(8).putLong(16L + payload.length).array(),
                payload);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** {@code box} (32-bit sizes) with {@code child} added at the end of its descendant {@code path[depth..]}. */
    private static byte[] appended(byte[] box, String[] path, int depth, byte[] child) {
        String type = new String(box, 4, 4, StandardCharsets.ISO_8859_1);
        if (!type.equals(path[depth])) {
            throw new IllegalArgumentException("Expected " + path[depth] + ", found " + type);
        }
        byte[] payload = Arrays.copyOfRange(box, 8, box.length);
        if (depth == path.length - 1) {
            return box(type, concat(payload, child));
        }
        ByteArrayOutputStream children = new ByteArrayOutputStream();
        int at = 0;
        boolean found = false;
        while (at < payload.length) {
            int size = ByteBuffer.wrap(payload, at, 4).getInt();
            byte[] inner = Arrays.copyOfRange(payload, at, at + size);
            boolean next = !found && new String(inner, 4, 4, StandardCharsets.ISO_8859_1).equals(path[depth + 1]);
            children.writeBytes(next ? appended(inner, path, depth + 1, child) : inner);
            found |= next;
            at += size;
        }
        if (!found) {
            throw new IllegalArgumentException("No " + path[depth + 1] + " in " + type);
        }
        return box(type, children.toByteArray());
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
