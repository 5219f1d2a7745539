package vn.danvankheo.media.videos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

/**
 * An MP4 as it may be served: read as a stream, it gives back the same bytes except that every {@code udta} and
 * {@code meta} box, and every XMP {@code uuid} box, at the top level or at any depth inside {@code moov} or a
 * fragment's {@code moof}, has become a {@code free} box of the same size with its payload zeroed. Phones write
 * where a video was filmed into those boxes ({@code ©xyz}, {@code loci}, Apple's
 * {@code com.apple.quicktime.location.ISO6709}), and vendors invent more keys, so all user metadata goes rather than
 * a list of known location keys. Nothing moves: chunk offsets ({@code stco}, {@code co64}) stay valid whether
 * {@code moov} comes before or after {@code mdat}, and the file keeps its length.
 *
 * <p>Memory: only {@code moov} or {@code moof} is held, at most {@link #MAX_MOOV_BYTES}; {@code mdat} and every
 * other box pass through in the caller's chunks. A file it cannot vouch for (a box larger than its parent, a
 * {@code moov} too large or cut short) is refused: the read fails and {@link #refusal()} says why, in Vietnamese.
 */
final class Mp4LocationScrubber extends InputStream {

    /** A real phone video's {@code moov} is a few MB at most; this bounds the one thing held in memory. */
    static final int MAX_MOOV_BYTES = 64 * 1024 * 1024;

    private static final Set<String> USER_DATA = Set.of("udta", "meta");
    /** The top-level boxes that can hold user data among boxes that must stay: read whole, then scrubbed. */
    private static final Set<String> HELD = Set.of("moov", "moof");
    /**
     * Boxes made only of boxes, in which user data can sit ({@code trak/udta}, {@code trak/meta}...). A sample
     * description is not one: its entries begin with fields, not boxes.
     */
    private static final Set<String> CONTAINERS =
            Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf", "mvex", "tref", "moof", "traf");

    /** Real files have a handful of top-level boxes; a file with more is scrubbed rather than walked. */
    private static final int MAX_WALKED_BOXES = 64;

    /** Adobe's XMP packet, which cameras and editors fill with GPS among much else. */
    private static final byte[] XMP = HexFormat.of().parseHex("be7acfcb97a942e89c71999491e3afac");

    private static final byte[] FREE = "free".getBytes(StandardCharsets.US_ASCII);
    private static final long TO_THE_END = -1;

    private final InputStream in;
    /** Bytes ready to give: a box header, or a whole scrubbed {@code moov} or {@code moof}. */
    private byte[] ready = new byte[0];

    private int readyAt;
    /** Payload bytes of the current box still to pass on, or {@link #TO_THE_END}. */
    private long remaining;
    /** Whether the current box's payload is replaced by zeros. */
    private boolean zeroing;

    private boolean ended;
    private String refusal;

    Mp4LocationScrubber(InputStream in) {
        this.in = in;
    }

    /** Why the file was refused, for the person who sent it; null while it is not. */
    String refusal() {
        return refusal;
    }

    /** Reads {@code length} bytes of a stored file from {@code offset}. */
    interface Ranges {
        byte[] read(long offset, int length) throws IOException;
    }

    /**
     * Whether scrubbing a stored MP4 of {@code length} bytes would change it, found by walking its top-level box
     * headers and reading only {@code moov}: a 2 GB video costs a few small reads. A file it cannot walk counts as
     * needing it, so that the scrubber itself refuses it with its reason.
     */
    static boolean needed(long length, Ranges ranges) throws IOException {
        long at = 0;
        for (int boxes = 0; boxes < MAX_WALKED_BOXES; boxes++) {
            if (length - at < 8) {
                return false;
            }
            byte[] header = ranges.read(at, (int) Math.min(32, length - at));
            Mp4Box box = Mp4Box.parse(header, 0, length - at);
            if (box == null || isUserData(box, header, 0)) {
                return true;
            }
            long size = box.size() == Mp4Box.TO_THE_END ? length - at : box.size();
            if (HELD.contains(box.type())) {
                if (size > MAX_MOOV_BYTES) {
                    return true;
                }
                byte[] moov = ranges.read(at, (int) size);
                try {
                    if (neutralise(moov, box.headerLength(), moov.length) > 0) {
                        return true;
                    }
                } catch (IOException broken) {
                    return true;
                }
            }
            at += size;
        }
        // So many boxes that walking them costs more than it saves: scrubbing is always right.
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            if (readyAt < ready.length) {
                int count = Math.min(length, ready.length - readyAt);
                System.arraycopy(ready, readyAt, buffer, offset, count);
                readyAt += count;
                return count;
            }
            if (remaining != 0) {
                int wanted = remaining == TO_THE_END ? length : (int) Math.min(length, remaining);
                int read = in.read(buffer, offset, wanted);
                if (read < 0) {
                    // A file cut short in mdat is stored as it came; the caller compares sizes.
                    ended = true;
                    remaining = 0;
                    return -1;
                }
                if (zeroing) {
                    Arrays.fill(buffer, offset, offset + read, (byte) 0);
                }
                if (remaining != TO_THE_END) {
                    remaining -= read;
                }
                return read;
            }
            if (ended) {
                return -1;
            }
            nextBox();
        }
    }

    private void nextBox() throws IOException {
        byte[] header = in.readNBytes(8);
        if (header.length < 8) {
            // Too few bytes left to be a box: nothing a player reads, kept as it came.
            ready = header;
            readyAt = 0;
            ended = true;
            return;
        }
        if (header[0] == 0 && header[1] == 0 && header[2] == 0 && header[3] == 1) {
            byte[] large = in.readNBytes(8);
            if (large.length < 8) {
                throw refuse(cutShort());
            }
            header = Arrays.copyOf(header, 16);
            System.arraycopy(large, 0, header, 8, 8);
        }
        Mp4Box box = Mp4Box.parse(header, 0, Long.MAX_VALUE);
        if (box == null) {
            throw refuse(broken());
        }
        readyAt = 0;
        zeroing = false;
        if (HELD.contains(box.type())) {
            ready = scrubbedHeld(header, box);
            remaining = 0;
            return;
        }
        long payload = box.size() == Mp4Box.TO_THE_END ? TO_THE_END : box.size() - box.headerLength();
        if (box.type().equals("uuid") && (payload == TO_THE_END || payload >= 16)) {
            // Which extension it is comes right after the header.
            byte[] extended = in.readNBytes(16);
            if (extended.length < 16) {
                throw refuse(cutShort());
            }
            header = Arrays.copyOf(header, header.length + 16);
            System.arraycopy(extended, 0, header, header.length - 16, 16);
            payload = payload == TO_THE_END ? TO_THE_END : payload - 16;
        }
        if (isUserData(box, header, 0)) {
            System.arraycopy(FREE, 0, header, 4, 4);
            Arrays.fill(header, box.headerLength(), header.length, (byte) 0);
            zeroing = true;
        }
        ready = header;
        remaining = payload;
    }

    /** Whether the box at {@code at} is user data; an {@code uuid} box's extended type must follow its header. */
    private static boolean isUserData(Mp4Box box, byte[] bytes, int at) {
        if (USER_DATA.contains(box.type())) {
            return true;
        }
        int extended = at + box.headerLength();
        return box.type().equals("uuid")
                && (box.size() == Mp4Box.TO_THE_END || box.size() >= box.headerLength() + XMP.length)
                && bytes.length - extended >= XMP.length
                && Arrays.equals(bytes, extended, extended + XMP.length, XMP, 0, XMP.length);
    }

    private byte[] scrubbedHeld(byte[] header, Mp4Box box) throws IOException {
        byte[] moov;
        if (box.size() == Mp4Box.TO_THE_END) {
            byte[] payload = in.readNBytes(MAX_MOOV_BYTES - header.length + 1);
            if (header.length + payload.length > MAX_MOOV_BYTES) {
                throw refuse(moovTooLarge());
            }
            moov = Arrays.copyOf(header, header.length + payload.length);
            System.arraycopy(payload, 0, moov, header.length, payload.length);
            ended = true;
        } else {
            if (box.size() > MAX_MOOV_BYTES) {
                throw refuse(moovTooLarge());
            }
            moov = Arrays.copyOf(header, (int) box.size());
            int read = in.readNBytes(moov, header.length, moov.length - header.length);
            if (read < moov.length - header.length) {
                throw refuse(cutShort());
            }
        }
        try {
            neutralise(moov, header.length, moov.length);
        } catch (IOException e) {
            throw refuse(broken());
        }
        return moov;
    }

    /**
     * Neutralises the user data among the boxes in {@code [from, to)}, looking inside containers.
     *
     * @return how many boxes it neutralised: a stored file needs rewriting only if any
     */
    private static int neutralise(byte[] boxes, int from, int to) throws IOException {
        int count = 0;
        int at = from;
        // Fewer than 8 bytes cannot be a box: QuickTime writers end some lists with a 4-byte zero terminator.
        while (to - at >= 8) {
            Mp4Box box = Mp4Box.parse(boxes, at, to - at);
            if (box == null) {
                throw new IOException("Broken box at " + at);
            }
            int end = box.size() == Mp4Box.TO_THE_END ? to : at + (int) box.size();
            if (isUserData(box, boxes, at)) {
                System.arraycopy(FREE, 0, boxes, at + 4, 4);
                Arrays.fill(boxes, at + box.headerLength(), end, (byte) 0);
                count++;
            } else if (CONTAINERS.contains(box.type())) {
                count += neutralise(boxes, at + box.headerLength(), end);
            }
            at = end;
        }
        return count;
    }

    private IOException refuse(String message) {
        refusal = message;
        return new IOException(message);
    }

    private static String cutShort() {
        return "Tệp video bị cắt ngang: tệp dừng giữa một phần mô tả video. Hãy gửi lại.";
    }

    private static String broken() {
        return "Tệp MP4 có cấu trúc hỏng nên không kiểm tra được thông tin vị trí bên trong. Hãy xuất lại video"
                + " rồi gửi lại.";
    }

    private static String moovTooLarge() {
        return "Phần mô tả của video MP4 (moov hoặc moof) lớn quá " + MAX_MOOV_BYTES / (1024 * 1024)
                + " MB. Hãy cắt ngắn hoặc xuất lại video rồi gửi lại.";
    }

    /**
     * An ISO base media box header: a 32-bit size (1: a 64-bit size follows the type; 0: the box runs to the end
     * of its parent or file) and a four-character type.
     *
     * @param size the whole box's length, header included, or {@link #TO_THE_END}
     */
    record Mp4Box(String type, long size, int headerLength) {

        static final long TO_THE_END = -1;

        /**
         * The box starting at {@code at}, with {@code available} bytes at most from there to its parent's end.
         *
         * @return null if the header is not whole or its size cannot be right
         */
        static Mp4Box parse(byte[] bytes, int at, long available) {
            if (bytes.length - at < 8 || available < 8) {
                return null;
            }
            ByteBuffer header = ByteBuffer.wrap(bytes, at, bytes.length - at);
            long size = Integer.toUnsignedLong(header.getInt());
            String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
            int headerLength = 8;
            if (size == 1) {
                if (bytes.length - at < 16 || available < 16) {
                    return null;
                }
                size = header.getLong(at + 8);
                headerLength = 16;
            } else if (size == 0) {
                return new Mp4Box(type, TO_THE_END, headerLength);
            }
            if (size < headerLength || size > available) {
                return null;
            }
            return new Mp4Box(type, size, headerLength);
        }
    }
}
