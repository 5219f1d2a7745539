package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CountingInputStreamTests {

    @Test
    void countsAndHashesWhatPassesAndSeesTheEnd() throws Exception {
        byte[] content = TestVideos.webm();
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(content), content.length);

        assertThat(counted.readAllBytes()).isEqualTo(content);

        assertThat(counted.count()).isEqualTo(content.length);
        assertThat(counted.ended()).isTrue();
        assertThat(counted.tooLarge()).isFalse();
        assertThat(counted.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @Test
    void stopsAnUploadOfUnknownSizeOnceItPassesTheLimit() {
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(new byte[1000]), 999);

        assertThatThrownBy(counted::readAllBytes).isInstanceOf(IOException.class);
        assertThat(counted.tooLarge()).isTrue();
    }
}
