package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import vn.danvankheo.media.documents.DocumentType;
import vn.danvankheo.media.storage.MediaBucket;
import vn.danvankheo.media.videos.Mp4LocationScrubberTests;
import vn.danvankheo.testing.TestServices;

@SpringBootTest(classes = MediaTestApplication.class)
class MediaLibraryIntegrationTests {

    private static final UUID UPLOADER = UUID.randomUUID();
    private static final byte[] EXIF_APP1 = {(byte) 0xFF, (byte) 0xE1};
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("media").register(registry);
    }

    @Autowired
    MediaLibrary library;

    @Autowired
    UploadSessions uploads;

    @Autowired
    @Qualifier("storage")
    ReactiveHealthIndicator health;

    @Autowired
    MinioAsyncClient minio;

    @Autowired
    MediaBucket bucket;

    @Autowired
    ApplicationContext context;

    @Test
    void documentsAreRecognisedByContentAndNeverServedPublicly() throws Exception {
        CompletedUpload pdf = upload(UploadKind.DOCUMENT, "bien-ban.pdf", TestDocuments.pdf());
        CompletedUpload docx = upload(UploadKind.DOCUMENT, "ke-hoach.docx", TestDocuments.docx());
        CompletedUpload xlsx = upload(UploadKind.DOCUMENT, "so-lieu.xlsx", TestDocuments.xlsx());

        assertThat(List.of(pdf.contentType(), docx.contentType(), xlsx.contentType()))
                .containsExactly(
                        DocumentType.PDF.contentType(),
                        DocumentType.DOCX.contentType(),
                        DocumentType.XLSX.contentType());
        assertThat(objectKeys())
                .contains("media/" + pdf.mediaId(), "media/" + docx.mediaId(), "media/" + xlsx.mediaId());
        for (CompletedUpload document : List.of(pdf, docx, xlsx)) {
            assertThatThrownBy(() -> library.open(document.mediaId()).block(Duration.ofSeconds(10)))
                    .isInstanceOf(MediaNotFoundException.class);
        }
    }

    @Test
    void disguisedOrDangerousDocumentsAreRefusedAndNothingIsStored() throws Exception {
        List<String> before = objectKeys();
        byte[] script = "MZ this is no document".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> upload(UploadKind.DOCUMENT, "bao-cao.pdf", script))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageContaining("PDF, Word (.docx) hoặc Excel (.xlsx)");
        assertThatThrownBy(() -> upload(UploadKind.DOCUMENT, "bao-cao.docx", TestDocuments.docm()))
                .hasMessageContaining("macro");
        assertThatThrownBy(() -> upload(UploadKind.DOCUMENT, "bao-cao.docx", TestDocuments.plainZip()))
                .hasMessageContaining("PDF, Word (.docx) hoặc Excel (.xlsx)");
        assertThatThrownBy(() -> upload(UploadKind.DOCUMENT, "bao-cao.xlsx", TestDocuments.bomb()))
                .hasMessageContaining("giải nén ra quá lớn");
        assertThatThrownBy(() -> uploads.start(UploadKind.DOCUMENT, "bao-cao.pdf", 60L * 1024 * 1024, UPLOADER))
                .hasMessageContaining("50 MB");
        assertThat(objectKeys()).isEqualTo(before);
    }

    @Test
    void aPhotoStoredBeforeRenditionsExistedGetsThemWhenFirstAskedFor() throws Exception {
        byte[] png = TestImages.encoded("png", 1000, 500);
        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);
        for (String key : objectKeys()) {
            if (key.startsWith("media/" + stored.id() + ".w")) {
                minio.removeObject(RemoveObjectArgs.builder()
                                .bucket(bucket.name())
                                .object(key)
                                .build())
                        .get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(objectKeys())
                .filteredOn(key -> key.startsWith("media/" + stored.id()))
                .containsExactly("media/" + stored.id());

        MediaContent served = library.open(stored.id()).block(Duration.ofSeconds(30));

        assertThat(served.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(read(served))).getWidth())
                .isEqualTo(1000);
        assertThat(objectKeys())
                .filteredOn(key -> key.startsWith("media/" + stored.id() + ".w"))
                .hasSize(3);
    }

    @Test
    void theOriginalIsKeptWithItsHashButThePublicGetsAFreshJpeg() throws Exception {
        byte[] jpeg = TestImages.encoded("jpg", 640, 480);

        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(jpeg), jpeg.length);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.sizeBytes()).isEqualTo(jpeg.length);
        assertThat(stored.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
        assertThat(stored.renditionWidths()).containsExactly(320, 800);
        assertThat(objectKeys())
                .contains(
                        "media/" + stored.id(),
                        "media/" + stored.id() + ".w320.jpg",
                        "media/" + stored.id() + ".w800.jpg");
        MediaContent content = library.open(stored.id()).block(Duration.ofSeconds(10));
        assertThat(content.contentType()).isEqualTo("image/jpeg");
        byte[] served = read(content);
        assertThat(served).hasSize((int) content.length()).isNotEqualTo(jpeg);
        BufferedImage image = TestImages.decoded(served);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void aCameraPhotoOffersItsPositionAndIsServedUprightWithoutAnyExif() throws Exception {
        byte[] photo = TestImages.resource("gps-orientation-6.jpg");

        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(photo), photo.length);

        assertThat(stored.facts().orientation()).isEqualTo(6);
        assertThat(stored.facts().gps()).hasValueSatisfying(gps -> {
            assertThat(gps.latitude()).isCloseTo(21.0287, within(1e-4));
            assertThat(gps.longitude()).isCloseTo(105.8524, within(1e-4));
        });
        // Upright the 640 × 480 photo is 480 × 640: the w800 rendition holds it whole.
        assertThat(stored.renditionWidths()).containsExactly(320, 800);

        byte[] small = get("/media/" + stored.id() + "?w=320");
        BufferedImage upright = TestImages.decoded(small);
        assertThat(upright.getWidth()).isEqualTo(320);
        assertThat(upright.getHeight()).isEqualTo(427);
        // The red quarter was stored top-left; turned clockwise it is top-right.
        assertThat(isRed(upright.getRGB(300, 20))).isTrue();
        assertThat(isRed(upright.getRGB(20, 20))).isFalse();
        assertThat(isRed(upright.getRGB(300, 400))).isFalse();

        byte[] largest = get("/media/" + stored.id());
        assertThat(TestImages.decoded(largest).getWidth()).isEqualTo(480);
        assertThat(TestImages.decoded(largest).getHeight()).isEqualTo(640);
        assertThat(get("/media/" + stored.id() + "?w=1600")).isEqualTo(largest);

        for (byte[] served : List.of(small, largest)) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served));
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
            assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
            assertThat(indexOf(served, EXIF_APP1, EXIF_HEADER)).isNegative();
        }
        assertThat(indexOf(photo, EXIF_APP1, EXIF_HEADER))
                .as("the fixture itself has EXIF")
                .isPositive();
    }

    @Test
    void aPngGetsRenditionsToo() {
        byte[] png = TestImages.encoded("png", 2000, 1000);

        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);

        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.renditionWidths()).containsExactly(320, 800, 1600);
        BufferedImage largest = TestImages.decoded(get("/media/" + stored.id()));
        assertThat(largest.getWidth()).isEqualTo(1600);
        assertThat(largest.getHeight()).isEqualTo(800);
        BufferedImage medium = TestImages.decoded(get("/media/" + stored.id() + "?w=800"));
        assertThat(medium.getWidth()).isEqualTo(800);
    }

    @Test
    void aPngWithAnExifChunkIsTurnedAndOffersItsPosition() {
        byte[] png = TestImages.resource("gps-orientation-6.png");

        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);

        assertThat(stored.facts().gps()).isPresent();
        BufferedImage upright = TestImages.decoded(get("/media/" + stored.id()));
        assertThat(upright.getWidth()).isEqualTo(480);
        assertThat(isRed(upright.getRGB(470, 10))).isTrue();
    }

    @Test
    void servedRenditionsAreCachedForADayAndRevalidateByEtag() {
        byte[] png = TestImages.encoded("png", 400, 300);
        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);
        WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

        String etag = client.get()
                .uri("/media/" + stored.id() + "?w=320")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(1))
                        .cachePublic())
                .returnResult(byte[].class)
                .getResponseHeaders()
                .getETag();

        client.get()
                .uri("/media/" + stored.id() + "?w=320")
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus()
                .isNotModified();
    }

    @Test
    void mediaTheApplicationWithholdsIsServedToNoOne() {
        byte[] png = TestImages.encoded("png", 400, 300);
        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);
        MediaTestApplication.WITHHELD.add(stored.id());
        WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

        client.get().uri("/media/" + stored.id()).exchange().expectStatus().isNotFound();
        client.get()
                .uri("/media/" + stored.id() + "?w=320")
                .exchange()
                .expectStatus()
                .isNotFound();
        MediaTestApplication.WITHHELD.remove(stored.id());
        client.get()
                .uri("/media/" + stored.id() + "?w=320")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void anUnknownWidthIsABadRequestNotAMissingPhoto() {
        byte[] png = TestImages.encoded("png", 400, 300);
        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);

        assertThatThrownBy(() -> library.open(stored.id(), 999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Không có ảnh rộng 999 điểm ảnh; chọn một trong các độ rộng 320, 800, 1600.");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeAnythingIsStored() throws Exception {
        List<String> before = objectKeys();
        byte[] huge = TestImages.pngDeclaring(40_000, 40_000);
        byte[] dense = TestImages.pngDeclaring(6_000, 6_000);

        assertThatThrownBy(() -> library.storePhoto(new ByteArrayInputStream(huge), huge.length))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Ảnh quá lớn: 40.000 × 40.000 điểm ảnh; tối đa 12.000 điểm ảnh mỗi chiều.");
        assertThatThrownBy(() -> library.storePhoto(new ByteArrayInputStream(dense), dense.length))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("Tệp ảnh bất thường: khai báo 6.000 × 6.000 điểm ảnh");
        assertThat(objectKeys()).isEqualTo(before);
    }

    @Test
    void aJpegDeclaringMoreThanTheLimitIsRefused() throws Exception {
        List<String> before = objectKeys();
        byte[] wide = TestImages.jpegDeclaring(20_000, 16_000);

        assertThatThrownBy(() -> library.storePhoto(new ByteArrayInputStream(wide), wide.length))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Ảnh quá lớn: 20.000 × 16.000 điểm ảnh; tối đa 12.000 điểm ảnh mỗi chiều.");
        assertThat(objectKeys()).isEqualTo(before);
    }

    @Test
    void aWebpIsRefusedByName() throws Exception {
        List<String> before = objectKeys();
        byte[] webp = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> library.storePhoto(new ByteArrayInputStream(webp), webp.length))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("Chưa nhận ảnh WebP.");
        assertThat(objectKeys()).isEqualTo(before);
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
        long servedLength =
                library.open(before.id()).block(Duration.ofSeconds(10)).length();
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
                .isEqualTo(servedLength);
        assertThat(library.storePhoto(new ByteArrayInputStream(png), png.length).id())
                .isNotEqualTo(before.id());
    }

    @Test
    void videosAreStoredWithTheirRealTypeAndAnMp4WithoutItsUserData() throws Exception {
        byte[] mp4 = TestVideos.mp4();
        byte[] served = TestVideos.scrubbed();
        byte[] webm = TestVideos.webm();

        CompletedUpload storedMp4 = upload(UploadKind.VIDEO, "hop-dan.webm", mp4);
        CompletedUpload storedWebm = upload(UploadKind.VIDEO, "hop-dan.mp4", webm);

        assertThat(storedMp4.contentType()).isEqualTo("video/mp4");
        assertThat(storedMp4.sizeBytes()).isEqualTo(mp4.length);
        assertThat(storedWebm.contentType()).isEqualTo("video/webm");
        assertThat(storedWebm.sizeBytes()).isEqualTo(webm.length);
        assertThat(objectKeys()).contains("media/" + storedMp4.mediaId(), "media/" + storedWebm.mediaId());
        assertThat(objectKeys())
                .filteredOn(key -> key.startsWith("media/" + storedMp4.mediaId()))
                .containsExactly("media/" + storedMp4.mediaId());
        assertThat(getVideo(storedMp4.mediaId(), null, 200, "video/mp4")).isEqualTo(served);
        assertThat(getVideo(storedWebm.mediaId(), null, 200, "video/webm")).isEqualTo(webm);
    }

    @Test
    void whereAVideoWasFilmedNeverReachesThePublicWhicheverBoxHoldsIt() throws Exception {
        byte[] apple = TestVideos.withMoovLast("moov/trak", TestVideos.appleMeta());
        byte[] quickTime = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        byte[] mdat = Arrays.copyOfRange(TestVideos.mp4(), TestVideos.MDAT_AT, TestVideos.mp4().length);

        for (byte[] located : List.of(apple, quickTime)) {
            assertThat(Mp4LocationScrubberTests.contains(located, TestVideos.LOCATION))
                    .isTrue();
            CompletedUpload stored = upload(UploadKind.VIDEO, "hop-dan.mp4", located);

            VideoContent video = library.openVideo(stored.mediaId()).block(Duration.ofSeconds(10));
            byte[] served = DataBufferUtils.join(library.read(video, 0, video.length()))
                    .map(buffer -> {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        return bytes;
                    })
                    .block(Duration.ofSeconds(10));
            assertThat(served).hasSameSizeAs(located);
            assertThat(Mp4LocationScrubberTests.contains(served, TestVideos.LOCATION))
                    .isFalse();
            assertThat(Mp4LocationScrubberTests.contains(served, "com.apple.quicktime.location"))
                    .isFalse();
            assertThat(Arrays.copyOfRange(served, TestVideos.MDAT_AT, TestVideos.MDAT_AT + mdat.length))
                    .as("the media itself, where the chunk offsets point")
                    .isEqualTo(mdat);
            assertThat(served).isEqualTo(Mp4LocationScrubberTests.scrubbed(located));
            assertThat(getVideo(stored.mediaId(), null, 200, "video/mp4")).isEqualTo(served);
        }
    }

    @Test
    void aDisguisedFileAQuickTimeMovieAndPlainMatroskaAreRefusedWithNothingStored() throws Exception {
        List<String> before = objectKeys();
        byte[] text = "Đây là một tệp văn bản, không phải video.".getBytes(StandardCharsets.UTF_8);
        byte[] mov = TestVideos.quickTime();
        byte[] png = TestImages.encoded("png", 64, 64);

        assertThatThrownBy(() -> upload(UploadKind.VIDEO, "video.mp4", text))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Tệp không phải video MP4 hoặc WebM (kiểm tra theo nội dung tệp, không theo tên).");
        assertThatThrownBy(() -> upload(UploadKind.VIDEO, "video.mp4", png))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("Tệp không phải video");
        assertThatThrownBy(() -> upload(UploadKind.VIDEO, "video.mp4", mov))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("Chưa nhận video QuickTime (.mov). Hãy xuất lại video ở dạng MP4 (H.264)");
        assertThat(objectKeys()).isEqualTo(before);
    }

    @Test
    void aVideoIsServedInTheRangesAPlayerAsksFor() throws Exception {
        byte[] mp4 = TestVideos.scrubbed();
        UUID stored = upload(UploadKind.VIDEO, "hop-dan.mp4", mp4).mediaId();
        WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

        var whole = client.get()
                .uri("/media/" + stored)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
                .expectHeader()
                .contentLength(mp4.length)
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofDays(1))
                        .cachePublic())
                .expectBody(byte[].class)
                .returnResult();
        assertThat(whole.getResponseBody()).isEqualTo(mp4);
        String etag = whole.getResponseHeaders().getETag();
        assertThat(etag).isNotBlank();

        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=0-99")
                .exchange()
                .expectStatus()
                .isEqualTo(206)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_RANGE, "bytes 0-99/" + mp4.length)
                .expectHeader()
                .valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
                .expectHeader()
                .contentLength(100)
                .expectHeader()
                .contentType("video/mp4")
                .expectBody(byte[].class)
                .isEqualTo(Arrays.copyOfRange(mp4, 0, 100));

        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=-50")
                .exchange()
                .expectStatus()
                .isEqualTo(206)
                .expectHeader()
                .valueEquals(
                        HttpHeaders.CONTENT_RANGE,
                        "bytes " + (mp4.length - 50) + "-" + (mp4.length - 1) + "/" + mp4.length)
                .expectBody(byte[].class)
                .isEqualTo(Arrays.copyOfRange(mp4, mp4.length - 50, mp4.length));

        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=1000-")
                .exchange()
                .expectStatus()
                .isEqualTo(206)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_RANGE, "bytes 1000-" + (mp4.length - 1) + "/" + mp4.length)
                .expectBody(byte[].class)
                .isEqualTo(Arrays.copyOfRange(mp4, 1000, mp4.length));

        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=" + mp4.length + "-")
                .exchange()
                .expectStatus()
                .isEqualTo(416)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_RANGE, "bytes */" + mp4.length)
                .expectHeader()
                .valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes");

        // Several ranges, or a range for a version of the file that is no longer current: the whole file.
        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=0-9,20-29")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .isEqualTo(mp4);
        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=0-9")
                .header(HttpHeaders.IF_RANGE, "\"another-version\"")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .isEqualTo(mp4);
        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.RANGE, "bytes=0-9")
                .header(HttpHeaders.IF_RANGE, etag)
                .exchange()
                .expectStatus()
                .isEqualTo(206);
        client.get()
                .uri("/media/" + stored)
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange()
                .expectStatus()
                .isNotModified();
    }

    @Test
    void aPhotosOriginalIsNeverServedEvenWhenItHasNoRenditionsAndARangeIsAskedFor() throws Exception {
        byte[] png = TestImages.encoded("png", 400, 300);
        StoredMedia stored = library.storePhoto(new ByteArrayInputStream(png), png.length);
        WebTestClient client = WebTestClient.bindToApplicationContext(context).build();

        byte[] served = client.get()
                .uri("/media/" + stored.id())
                .header(HttpHeaders.RANGE, "bytes=0-99")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCEPT_RANGES)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(served).isNotEqualTo(png);
        assertThat(TestImages.decoded(served).getWidth()).isEqualTo(400);
        assertThat(library.openVideo(stored.id()).blockOptional(Duration.ofSeconds(10)))
                .isEmpty();

        // With its renditions gone and its original a photo that cannot be rendered, nothing is served.
        byte[] notRenderable = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        UUID id = stored.id();
        for (String key : objectKeys()) {
            if (key.startsWith("media/" + id)) {
                minio.removeObject(RemoveObjectArgs.builder()
                                .bucket(bucket.name())
                                .object(key)
                                .build())
                        .get(10, TimeUnit.SECONDS);
            }
        }
        minio.putObject(io.minio.PutObjectArgs.builder()
                        .bucket(bucket.name())
                        .object("media/" + id)
                        .contentType("image/webp")
                        .stream(new ByteArrayInputStream(notRenderable), (long) notRenderable.length, -1L)
                        .build())
                .get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> library.open(id).block(Duration.ofSeconds(10)))
                .isInstanceOf(MediaNotFoundException.class);
        assertThat(library.openVideo(id).blockOptional(Duration.ofSeconds(10))).isEmpty();
        // This module maps no errors to statuses (the application does, to 404); what matters is no success.
        for (String range : new String[] {null, "bytes=0-9"}) {
            var request = client.get().uri("/media/" + id);
            if (range != null) {
                request = request.header(HttpHeaders.RANGE, range);
            }
            request.exchange()
                    .expectStatus()
                    .value(status -> assertThat(status).isGreaterThanOrEqualTo(400))
                    .expectBody(byte[].class)
                    .value(body -> assertThat(body == null ? new byte[0] : body).isNotEqualTo(notRenderable));
        }
    }

    private byte[] getVideo(UUID id, String range, int status, String contentType) {
        var request =
                WebTestClient.bindToApplicationContext(context).build().get().uri("/media/" + id);
        if (range != null) {
            request = request.header(HttpHeaders.RANGE, range);
        }
        return request.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(contentType)
                .expectHeader()
                .valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private byte[] get(String uri) {
        return WebTestClient.bindToApplicationContext(context)
                .build()
                .get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    /** A file sent as a browser sends it: straight to storage in parts, then completed and checked. */
    private CompletedUpload upload(UploadKind kind, String fileName, byte[] content) throws Exception {
        UploadStarted started = uploads.start(kind, fileName, content.length, UPLOADER);
        List<Integer> parts =
                IntStream.rangeClosed(1, started.partCount()).boxed().toList();
        Map<Integer, String> urls = uploads.partUrls(started.id(), parts, UPLOADER);
        for (int part : parts) {
            int from = (int) ((part - 1) * started.partSize());
            byte[] bytes = Arrays.copyOfRange(content, from, (int) Math.min(content.length, from + started.partSize()));
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(urls.get(part)))
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        return uploads.complete(started.id(), UPLOADER);
    }

    private List<String> objectKeys() throws Exception {
        bucket.ensureExists().get(10, TimeUnit.SECONDS);
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : minio.listObjects(
                ListObjectsArgs.builder().bucket(bucket.name()).recursive(true).build())) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    private static byte[] read(MediaContent content) {
        return DataBufferUtils.join(content.body())
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .block(Duration.ofSeconds(10));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static boolean isRed(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 180 && color.getGreen() < 80 && color.getBlue() < 80;
    }

    /** Where an APP1 marker followed directly by the EXIF header starts, or -1. */
    private static int indexOf(byte[] content, byte[] marker, byte[] header) {
        for (int i = 0; i + 4 + header.length <= content.length; i++) {
            if (content[i] == marker[0] && content[i + 1] == marker[1]) {
                boolean exif = true;
                for (int j = 0; j < header.length && exif; j++) {
                    exif = content[i + 4 + j] == header[j];
                }
                if (exif) {
                    return i;
                }
            }
        }
        return -1;
    }
}
