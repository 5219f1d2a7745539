package vn.danvankheo.media.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.danvankheo.media.TestImages;
import vn.danvankheo.media.TestVideos;

class VideoSignatureTests {

    @Test
    void recognisesRealMp4AndWebm() {
        assertThat(VideoSignature.of(head(TestVideos.mp4()))).contains(VideoSignature.MP4);
        assertThat(VideoSignature.of(head(TestVideos.webm()))).contains(VideoSignature.WEBM);
    }

    @Test
    void namesQuickTimeAndPlainMatroskaSoTheyCanBeRefused() {
        assertThat(VideoSignature.of(head(TestVideos.quickTime()))).contains(VideoSignature.QUICKTIME);
        assertThat(VideoSignature.QUICKTIME.accepted()).isFalse();
        assertThat(VideoSignature.of(ebml("matroska"))).contains(VideoSignature.MATROSKA);
        assertThat(VideoSignature.MATROSKA.accepted()).isFalse();
    }

    @Test
    void otherFtypBrandsAndOtherFilesAreNotVideos() {
        byte[] heic = Arrays.copyOf(TestVideos.mp4(), VideoSignature.HEAD_LENGTH);
        System.arraycopy("heic".getBytes(StandardCharsets.US_ASCII), 0, heic, 8, 4);
        assertThat(VideoSignature.of(heic)).isEmpty();
        assertThat(VideoSignature.of(ebml("foo"))).isEmpty();
        assertThat(VideoSignature.of("hello, this is text".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(VideoSignature.of(head(TestImages.encoded("png", 8, 8)))).isEmpty();
        assertThat(VideoSignature.of(new byte[0])).isEmpty();
    }

    /** An EBML header holding only a DocType element. */
    private static byte[] ebml(String docType) {
        byte[] name = docType.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | (name.length + 3))});
        out.writeBytes(new byte[] {0x42, (byte) 0x82, (byte) (0x80 | name.length)});
        out.writeBytes(name);
        return out.toByteArray();
    }

    private static byte[] head(byte[] content) {
        return Arrays.copyOf(content, Math.min(content.length, VideoSignature.HEAD_LENGTH));
    }
}
