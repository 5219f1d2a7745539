package vn.danvankheo.media.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.danvankheo.media.TestImages;

class ImageSignatureTests {

    @Test
    void recognisesRealJpegAndPng() {
        assertThat(ImageSignature.of(head(TestImages.encoded("jpg", 8, 8)))).contains(ImageSignature.JPEG);
        assertThat(ImageSignature.of(head(TestImages.encoded("png", 8, 8)))).contains(ImageSignature.PNG);
    }

    @Test
    void recognisesWebpOnlyWithItsFormTypeAfterRiff() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] wave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageSignature.of(head(webp))).contains(ImageSignature.WEBP);
        assertThat(ImageSignature.of(head(wave))).isEmpty();
    }

    @Test
    void aScriptNamedLikeAPhotoIsNotAnImage() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThat(ImageSignature.of(head(script))).isEmpty();
        assertThat(ImageSignature.of(new byte[0])).isEmpty();
    }

    private static byte[] head(byte[] content) {
        return Arrays.copyOf(content, Math.min(content.length, ImageSignature.HEAD_LENGTH));
    }
}
