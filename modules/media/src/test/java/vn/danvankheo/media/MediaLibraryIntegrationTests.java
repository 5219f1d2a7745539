package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.testing.TestServices;

@SpringBootTest(classes = MediaTestApplication.class)
class MediaLibraryIntegrationTests {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("media").register(registry);
    }

    @Autowired
    MediaLibrary library;

    @Autowired
    StorageHealthIndicator health;

    @Test
    void aPhotoComesBackByteForByteWithTheTypeFoundInItsContent() throws Exception {
        byte[] jpeg = TestImages.encoded("jpg", 640, 480);

        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(jpeg), jpeg.length);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.sizeBytes()).isEqualTo(jpeg.length);
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
        MediaContent content = library.open(stored.id()).block(Duration.ofSeconds(10));
        assertThat(content.contentType()).isEqualTo("image/jpeg");
        assertThat(content.length()).isEqualTo(jpeg.length);
        byte[] read = DataBufferUtils.join(content.body())
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .block(Duration.ofSeconds(10));
        assertThat(read).isEqualTo(jpeg);
    }

    @Test
    void aFileDisguisedAsAPhotoIsRefused() {
        byte[] html = "<html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> library.storePhoto(new ByteArrayInputStream(html), html.length))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageContaining("không phải ảnh");
    }

    @Test
    void anUnknownIdIsNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> library.open(unknown).block(Duration.ofSeconds(10)))
                .isInstanceOf(MediaNotFoundException.class);
    }

    @Test
    void whileStorageIsDownItSaysSoAndItRecoversByItselfWithNothingLost() {
        byte[] png = TestImages.encoded("png", 32, 32);
        StoredMedia before = library.storePhoto(new ByteArrayInputStream(png), png.length);
        var services = TestServices.real();

        services.stopStorage();
        try {
            assertThat(health.health().block(Duration.ofSeconds(10)).getStatus())
                    .isEqualTo(Status.DOWN);
            assertThatThrownBy(() -> library.storePhoto(new ByteArrayInputStream(png), png.length))
                    .isInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> library.open(before.id()).block(Duration.ofSeconds(15)))
                    .isInstanceOf(StorageUnavailableException.class);
        } finally {
            services.startStorage();
        }

        assertThat(health.health().block(Duration.ofSeconds(10)).getStatus()).isEqualTo(Status.UP);
        assertThat(library.open(before.id()).block(Duration.ofSeconds(10)).length())
                .isEqualTo(png.length);
        assertThat(library.storePhoto(new ByteArrayInputStream(png), png.length).id())
                .isNotEqualTo(before.id());
    }
}
