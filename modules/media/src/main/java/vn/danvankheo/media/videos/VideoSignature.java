package vn.danvankheo.media.videos;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a video container by its first bytes, never by its file name. QuickTime and plain Matroska are
 * recognised only so that they can be refused by name: browsers do not reliably play them.
 */
enum VideoSignature {
    MP4("MP4", "video/mp4", true),
    WEBM("WebM", "video/webm", true),
    QUICKTIME("QuickTime (.mov)", "video/quicktime", false),
    MATROSKA("Matroska (.mkv)", "video/x-matroska", false);

    /** Enough for an ISO base media {@code ftyp} box and an EBML header with its DocType. */
    static final int HEAD_LENGTH = 64;

    /** Major brands of the ISO base media family that browsers play as MP4. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "mp41", "mp42", "avc1", "M4V ", "dash");

    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] DOC_TYPE = {0x42, (byte) 0x82};

    private final String displayName;
    private final String contentType;
    private final boolean accepted;

    VideoSignature(String displayName, String contentType, boolean accepted) {
        this.displayName = displayName;
        this.contentType = contentType;
        this.accepted = accepted;
    }

    /** The format's name as people know it, for messages. */
    String displayName() {
        return displayName;
    }

    String contentType() {
        return contentType;
    }

    /** Whether it is stored and served; the others are only named in the refusal. */
    boolean accepted() {
        return accepted;
    }

    static Optional<VideoSignature> of(byte[] head) {
        if (head.length >= 12 && Arrays.equals(head, 4, 8, FTYP, 0, 4)) {
            String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
            if (brand.equals("qt  ")) {
                return Optional.of(QUICKTIME);
            }
            return MP4_BRANDS.contains(brand) ? Optional.of(MP4) : Optional.empty();
        }
        if (head.length >= EBML.length && Arrays.equals(head, 0, EBML.length, EBML, 0, EBML.length)) {
            return docType(head).flatMap(docType -> switch (docType) {
                case "webm" -> Optional.of(WEBM);
                case "matroska" -> Optional.of(MATROSKA);
                default -> Optional.empty();
            });
        }
        return Optional.empty();
    }

    /** The EBML DocType element (id 0x4282, then a variable-length size, then the ASCII name) in the head. */
    private static Optional<String> docType(byte[] head) {
        int limit = Math.min(head.length, HEAD_LENGTH);
        for (int i = EBML.length; i + 2 < limit; i++) {
            if (head[i] != DOC_TYPE[0] || head[i + 1] != DOC_TYPE[1]) {
                continue;
            }
            int first = head[i + 2] & 0xFF;
            int width = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || width > 8 || i + 2 + width > limit) {
                return Optional.empty();
            }
            long size = first & (0xFF >> width);
            for (int j = 1; j < width; j++) {
                size = (size << 8) | (head[i + 2 + j] & 0xFF);
            }
            int start = i + 2 + width;
            if (size > limit - start) {
                return Optional.empty();
            }
            return Optional.of(new String(head, start, (int) size, StandardCharsets.US_ASCII));
        }
        return Optional.empty();
    }
}
