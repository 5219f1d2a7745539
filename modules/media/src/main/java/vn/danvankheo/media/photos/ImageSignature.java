package vn.danvankheo.media.photos;

import java.util.Arrays;
import java.util.Optional;

/** Recognises an image by its first bytes, never by its file name, which a sender can set to anything. */
enum ImageSignature {
    JPEG("JPEG", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("PNG", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    WEBP("WebP", "image/webp", "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
        @Override
        boolean matches(byte[] head) {
            return super.matches(head)
                    && head.length >= 12
                    && Arrays.equals(head, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4);
        }
    };

    static final int HEAD_LENGTH = 12;

    private final String displayName;
    private final String contentType;
    private final byte[] magic;

    ImageSignature(String displayName, String contentType, byte[] magic) {
        this.displayName = displayName;
        this.contentType = contentType;
        this.magic = magic;
    }

    /** The format's name as people know it, for messages. */
    String displayName() {
        return displayName;
    }

    String contentType() {
        return contentType;
    }

    boolean matches(byte[] head) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    static Optional<ImageSignature> of(byte[] head) {
        return Arrays.stream(values())
                .filter(signature -> signature.matches(head))
                .findFirst();
    }
}
