package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.CreateMultipartUploadArgs;
import io.minio.GetObjectArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.media.storage.MediaBucket;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.media.uploads.MultipartUploads;
import vn.danvankheo.media.uploads.OversizedUploads;
import vn.danvankheo.media.uploads.UploadRecords;
import vn.danvankheo.media.videos.Mp4LocationScrubberTests;
import vn.danvankheo.testing.TestServices;

/**
 * Uploads as a browser sends them, against the real S3 store and PostgreSQL: parts PUT to signed URLs with a plain
 * HTTP client, the application only asked to start, sign, report and complete.
 */
@SpringBootTest(
        classes = MediaTestApplication.class,
        properties = {
            "dvk.uploads.part-size=5MB",
            "dvk.uploads.abandon-after=0s",
            "dvk.uploads.default-allowance.open-at-once=1000",
            "dvk.uploads.default-allowance.bytes-per-day=1000000000000"
        })
class UploadSessionsIntegrationTests {

    private static final long PART = 5L * 1024 * 1024;
    private static final UUID CONTRIBUTOR = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();
    private static final byte[] MDAT = "mdat".getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("media").register(registry);
    }

    @Autowired
    UploadSessions uploads;

    @Autowired
    AbandonedUploads abandoned;

    @Autowired
    OversizedUploads oversized;

    @Autowired
    MediaLibrary library;

    @Autowired
    MinioAsyncClient minio;

    @Autowired
    MediaBucket bucket;

    @Autowired
    UploadRecords records;

    @Autowired
    MultipartUploads multipart;

    @Test
    void aPhotoGoesStraightToStorageAndGetsItsRenditions() throws Exception {
        byte[] jpeg = TestImages.encoded("jpg", 1000, 500);

        UploadStarted started = uploads.start(UploadKind.PHOTO, "ảnh họp dân.jpg", jpeg.length, CONTRIBUTOR);
        assertThat(started.partCount()).isEqualTo(1);
        put(uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR).get(1), jpeg);
        CompletedUpload completed = uploads.complete(started.id(), CONTRIBUTOR);

        assertThat(completed.kind()).isEqualTo(UploadKind.PHOTO);
        assertThat(completed.contentType()).isEqualTo("image/jpeg");
        assertThat(completed.renditionWidths()).containsExactly(320, 800, 1600);
        MediaContent thumbnail = library.open(completed.mediaId(), 320).block(Duration.ofSeconds(30));
        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        UploadStatus status = uploads.status(started.id(), CONTRIBUTOR);
        assertThat(status.state()).isEqualTo(UploadState.COMPLETED);
        assertThat(status.mediaId()).isEqualTo(completed.mediaId());
        assertThat(pendingUploads()).isEmpty();
    }

    @Test
    void anUploadInterruptedByADroppedConnectionAndAStorageOutageResumesFromThePartsStorageHolds() throws Exception {
        byte[] video = videoOf(2 * PART + 1_234_567);
        UploadStarted started = uploads.start(UploadKind.VIDEO, "hoi-nghi.mp4", video.length, CONTRIBUTOR);
        assertThat(started.partCount()).isEqualTo(3);
        Map<Integer, String> urls = uploads.partUrls(started.id(), List.of(1, 2, 3), CONTRIBUTOR);
        put(urls.get(1), part(video, 1));
        put(urls.get(3), part(video, 3));
        // The connection drops in the middle of part 2: storage never gets the part whole.
        sendBrokenPart(urls.get(2), part(video, 2));
        // Then storage itself goes away for a while: nobody can go on, but what arrived is kept.
        var services = TestServices.real();
        services.stopStorage();
        try {
            assertThatThrownBy(() -> uploads.status(started.id(), CONTRIBUTOR))
                    .isInstanceOf(StorageUnavailableException.class);
        } finally {
            services.startStorage();
        }

        // A reload: the browser has forgotten everything but the upload's id, and asks storage what arrived.
        UploadStatus resumed = uploads.status(started.id(), CONTRIBUTOR);
        assertThat(resumed.state()).isEqualTo(UploadState.STARTED);
        assertThat(resumed.uploadedParts()).containsExactly(1, 3);
        assertThatThrownBy(() -> uploads.complete(started.id(), CONTRIBUTOR))
                .isInstanceOfSatisfying(
                        UploadIncompleteException.class,
                        e -> assertThat(e.missingParts()).containsExactly(2))
                .hasMessage("Còn thiếu 1 trên 3 phần của tệp; hãy gửi nốt.");
        put(uploads.partUrls(started.id(), List.of(2), CONTRIBUTOR).get(2), part(video, 2));
        CompletedUpload completed = uploads.complete(started.id(), CONTRIBUTOR);

        assertThat(completed.kind()).isEqualTo(UploadKind.VIDEO);
        assertThat(completed.contentType()).isEqualTo("video/mp4");
        assertThat(sha256(storedBytes(completed.mediaId()))).isEqualTo(sha256(video));
        assertThat(library.openVideo(completed.mediaId())
                        .block(Duration.ofSeconds(10))
                        .length())
                .isEqualTo(video.length);
        assertThat(pendingUploads()).isEmpty();
    }

    @Test
    void aVideoUploadedStraightToStorageLosesWhereItWasFilmedBeforeItCompletes() throws Exception {
        byte[] located = locatedVideoOf((int) (2 * PART) + 4321);
        byte[] clean = TestVideos.scrubbed();
        assertThat(Mp4LocationScrubberTests.contains(located, TestVideos.LOCATION))
                .isTrue();

        UploadStarted started = uploads.start(UploadKind.VIDEO, "quay-o-ho-guom.mp4", located.length, CONTRIBUTOR);
        assertThat(started.partCount()).isEqualTo(3);
        Map<Integer, String> urls = uploads.partUrls(started.id(), List.of(1, 2, 3), CONTRIBUTOR);
        for (int part = 1; part <= 3; part++) {
            put(urls.get(part), part(located, part));
        }
        CompletedUpload completed = uploads.complete(started.id(), CONTRIBUTOR);
        UploadStarted cleanStarted = uploads.start(UploadKind.VIDEO, "sach.mp4", clean.length, CONTRIBUTOR);
        put(uploads.partUrls(cleanStarted.id(), List.of(1), CONTRIBUTOR).get(1), clean);
        CompletedUpload cleanCompleted = uploads.complete(cleanStarted.id(), CONTRIBUTOR);

        assertThat(completed.contentType()).isEqualTo("video/mp4");
        byte[] stored = storedBytes(completed.mediaId());
        assertThat(stored).hasSameSizeAs(located);
        assertThat(Mp4LocationScrubberTests.contains(stored, TestVideos.LOCATION))
                .isFalse();
        assertThat(sha256(stored)).isEqualTo(sha256(Mp4LocationScrubberTests.scrubbed(located)));
        assertThat(library.openVideo(completed.mediaId()).block(Duration.ofSeconds(10)))
                .satisfies(video -> assertThat(video.length()).isEqualTo(located.length))
                .satisfies(video -> assertThat(video.contentType()).isEqualTo("video/mp4"));
        assertThat(storedBytes(cleanCompleted.mediaId())).isEqualTo(clean);
        assertThat(objectKeys()).noneMatch(key -> key.endsWith(".scrubbed"));
        assertThat(pendingUploads()).isEmpty();
    }

    @Test
    void anMp4WhoseBoxesCannotBeWalkedIsRefusedAtCompletionAndNothingIsLeft() throws Exception {
        List<String> before = objectKeys();
        byte[] broken = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        // trak claims more bytes than its moov holds: where user data sits inside it cannot be known.
        ByteBuffer.wrap(broken, TestVideos.mp4().length + 116, 4).putInt(1 << 20);

        UploadStarted started = uploads.start(UploadKind.VIDEO, "hong.mp4", broken.length, CONTRIBUTOR);
        put(uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR).get(1), broken);

        assertThatThrownBy(() -> uploads.complete(started.id(), CONTRIBUTOR))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("Tệp MP4 có cấu trúc hỏng");
        assertThat(uploads.status(started.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.REJECTED);
        assertThat(objectKeys()).isEqualTo(before);
        assertThat(pendingUploads()).isEmpty();
    }

    @Test
    void theStoredTypeIsTheContentsNotTheNames() throws Exception {
        byte[] webm = TestVideos.webm();
        UploadStarted started = uploads.start(UploadKind.VIDEO, "clip.mp4", webm.length, CONTRIBUTOR);
        put(uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR).get(1), webm);

        CompletedUpload completed = uploads.complete(started.id(), CONTRIBUTOR);

        assertThat(completed.contentType()).isEqualTo("video/webm");
        assertThat(library.openVideo(completed.mediaId())
                        .block(Duration.ofSeconds(10))
                        .contentType())
                .isEqualTo("video/webm");
    }

    @Test
    void aDisguisedFileAndADecompressionBombAreRefusedAtCompletionAndNothingIsLeft() throws Exception {
        List<String> before = objectKeys();
        byte[] program = "MZ\u0090\0 this is a Windows program, not a photo".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bomb = TestImages.pngDeclaring(6_000, 6_000);

        UploadStarted disguised = uploads.start(UploadKind.PHOTO, "anh.jpg", program.length, CONTRIBUTOR);
        put(uploads.partUrls(disguised.id(), List.of(1), CONTRIBUTOR).get(1), program);
        UploadStarted bombed = uploads.start(UploadKind.PHOTO, "anh.png", bomb.length, CONTRIBUTOR);
        put(uploads.partUrls(bombed.id(), List.of(1), CONTRIBUTOR).get(1), bomb);

        assertThatThrownBy(() -> uploads.complete(disguised.id(), CONTRIBUTOR))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Tệp không phải ảnh JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên).");
        assertThatThrownBy(() -> uploads.complete(bombed.id(), CONTRIBUTOR))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessageStartingWith("Tệp ảnh bất thường: khai báo 6.000 × 6.000 điểm ảnh");
        assertThat(uploads.status(bombed.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.REJECTED);
        assertThat(uploads.status(bombed.id(), CONTRIBUTOR).rejection()).startsWith("Tệp ảnh bất thường");
        assertThat(objectKeys()).isEqualTo(before);
        assertThat(pendingUploads()).isEmpty();
    }

    @Test
    void sizesAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> uploads.start(UploadKind.PHOTO, "anh.jpg", 41L * 1024 * 1024, CONTRIBUTOR))
                .isInstanceOf(UnsupportedMediaException.class)
                .hasMessage("Tệp ảnh lớn quá 40 MB (tệp này 41 MB).");
        assertThatThrownBy(() -> uploads.start(UploadKind.VIDEO, "phim.mp4", 3L << 30, CONTRIBUTOR))
                .hasMessage("Tệp video lớn quá 2.048 MB (tệp này 3.072 MB).");
        assertThatThrownBy(() -> uploads.start(UploadKind.DOCUMENT, "bien-ban.pdf", 0, CONTRIBUTOR))
                .hasMessage("Tệp rỗng, không có gì để tải lên.");
    }

    @Test
    void onlyTheAccountThatStartedAnUploadMayContinueIt() {
        UploadStarted started = uploads.start(UploadKind.DOCUMENT, "bien-ban.pdf", 1000, CONTRIBUTOR);

        assertThatThrownBy(() -> uploads.partUrls(started.id(), List.of(1), STRANGER))
                .isInstanceOf(UploadNotPermittedException.class);
        assertThatThrownBy(() -> uploads.status(started.id(), STRANGER))
                .isInstanceOf(UploadNotPermittedException.class);
        assertThatThrownBy(() -> uploads.complete(started.id(), STRANGER))
                .isInstanceOf(UploadNotPermittedException.class);
        assertThatThrownBy(() -> uploads.abort(started.id(), STRANGER)).isInstanceOf(UploadNotPermittedException.class);
        assertThatThrownBy(() -> uploads.partUrls(started.id(), List.of(2), CONTRIBUTOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Phần số 2 không có: tệp này có 1 phần.");

        uploads.abort(started.id(), CONTRIBUTOR);

        assertThat(uploads.status(started.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.ABORTED);
        assertThatThrownBy(() -> uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR))
                .isInstanceOf(UploadClosedException.class)
                .hasMessage("Lượt tải lên này đã bị huỷ; hãy tải lại tệp từ đầu.");
        assertThat(pendingUploads()).isEmpty();
    }

    @Test
    void abandonedUploadsAndOrphansInStorageAreAbortedAndNothingIsLeft() throws Exception {
        List<String> before = objectKeys();
        byte[] video = videoOf(PART + 10);
        UploadStarted left = uploads.start(UploadKind.VIDEO, "bo-do.mp4", video.length, CONTRIBUTOR);
        put(uploads.partUrls(left.id(), List.of(1), CONTRIBUTOR).get(1), part(video, 1));
        // What a crash between storage and the database leaves: a multipart upload no row knows of.
        minio.createMultipartUpload(CreateMultipartUploadArgs.builder()
                        .bucket(bucket.name())
                        .object(MediaObjects.key(UUID.randomUUID()))
                        .build())
                .get(10, TimeUnit.SECONDS);
        assertThat(pendingUploads()).hasSize(2);

        abandoned.sweep();

        assertThat(uploads.status(left.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.ABORTED);
        assertThat(pendingUploads()).isEmpty();
        assertThat(objectKeys()).isEqualTo(before);
    }

    @Test
    void anUploadStorageNoLongerKnowsIsReportedAbortedNotResumedForEver() throws Exception {
        UploadStarted started = uploads.start(UploadKind.DOCUMENT, "bien-ban.pdf", 1000, CONTRIBUTOR);
        UploadRecords.Upload row = records.find(started.id()).orElseThrow();
        minio.abortMultipartUpload(io.minio.AbortMultipartUploadArgs.builder()
                        .bucket(bucket.name())
                        .object(row.objectKey())
                        .uploadId(row.storageUploadId())
                        .build())
                .get(10, TimeUnit.SECONDS);

        assertThat(uploads.status(started.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.ABORTED);
        assertThatThrownBy(() -> uploads.complete(started.id(), CONTRIBUTOR))
                .isInstanceOf(UploadClosedException.class)
                .hasMessage("Lượt tải lên này đã bị huỷ; hãy tải lại tệp từ đầu.");
    }

    @Test
    void anAccountMayNotHoldMoreOpenUploadsOrSendMoreADayThanItsAllowance() {
        UUID journalist = UUID.randomUUID();
        var allowance = new UploadAllowance(2, 3_000_000);
        UploadStarted first = uploads.start(UploadKind.DOCUMENT, "mot.pdf", 1_000_000, journalist, allowance);
        UploadStarted second = uploads.start(UploadKind.DOCUMENT, "hai.pdf", 1_000_000, journalist, allowance);

        assertThatThrownBy(() -> uploads.start(UploadKind.DOCUMENT, "ba.pdf", 1000, journalist, allowance))
                .isInstanceOf(UploadQuotaExceededException.class)
                .hasMessageContaining("2 lượt tải lên chưa xong");
        uploads.abort(second.id(), journalist);
        assertThatThrownBy(() -> uploads.start(UploadKind.DOCUMENT, "lon.pdf", 1_500_000, journalist, allowance))
                .isInstanceOf(UploadQuotaExceededException.class)
                .hasMessageContaining("trong 24 giờ qua");
        UploadStarted small = uploads.start(UploadKind.DOCUMENT, "nho.pdf", 900_000, journalist, allowance);

        assertThat(small.partCount()).isEqualTo(1);
        uploads.abort(first.id(), journalist);
        uploads.abort(small.id(), journalist);
    }

    @Test
    void anUploadHoldingAPartLargerThanDeclaredIsRefusedAndItsPartsDeleted() throws Exception {
        UploadStarted started = uploads.start(UploadKind.DOCUMENT, "nho-ma-to.pdf", 1000, CONTRIBUTOR);
        put(uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR).get(1), new byte[64 * 1024]);
        UploadRecords.Upload row = records.find(started.id()).orElseThrow();

        assertThat(oversized.abortOversized()).isGreaterThanOrEqualTo(1);

        assertThat(uploads.status(started.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.REJECTED);
        assertThat(pendingUploads()).noneMatch(pending -> pending.startsWith(row.objectKey() + " "));
    }

    @Test
    void aCheckCutOffBeforeTheAssemblyIsDoneByTheNextCompletion() throws Exception {
        byte[] jpeg = TestImages.encoded("jpg", 1000, 500);
        UploadStarted started = uploads.start(UploadKind.PHOTO, "bi-ngat.jpg", jpeg.length, CONTRIBUTOR);
        put(uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR).get(1), jpeg);
        // What a restart leaves behind right after the completion took the upload.
        records.transition(started.id(), UploadState.STARTED, UploadState.COMPLETING, Instant.now(), null);

        CompletedUpload completed = uploads.complete(started.id(), CONTRIBUTOR);

        assertThat(completed.renditionWidths()).containsExactly(320, 800, 1600);
        assertThat(uploads.status(started.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.COMPLETED);
    }

    @Test
    void aCheckCutOffAfterTheAssemblyChecksTheStoredFileWithoutItsParts() throws Exception {
        byte[] jpeg = TestImages.encoded("jpg", 1000, 500);
        UploadStarted started = uploads.start(UploadKind.PHOTO, "bi-ngat-sau.jpg", jpeg.length, CONTRIBUTOR);
        put(uploads.partUrls(started.id(), List.of(1), CONTRIBUTOR).get(1), jpeg);
        UploadRecords.Upload row = records.find(started.id()).orElseThrow();
        records.transition(started.id(), UploadState.STARTED, UploadState.COMPLETING, Instant.now(), null);
        multipart.complete(
                row.objectKey(), row.storageUploadId(), multipart.parts(row.objectKey(), row.storageUploadId()));

        CompletedUpload completed = uploads.complete(started.id(), CONTRIBUTOR);

        assertThat(completed.mediaId()).isEqualTo(row.mediaId());
        assertThat(uploads.status(started.id(), CONTRIBUTOR).state()).isEqualTo(UploadState.COMPLETED);
        assertThat(pendingUploads()).isEmpty();
    }

    /**
     * A real MP4's {@code ftyp}, then random bytes as its {@code mdat}: the type comes from the first bytes, and the
     * box walk finds no user data, so the video is stored as it came.
     */
    private static byte[] videoOf(long size) {
        byte[] video = new byte[(int) size];
        new Random(size).nextBytes(video);
        System.arraycopy(TestVideos.mp4(), 0, video, 0, TestVideos.MOOV_AT);
        ByteBuffer.wrap(video, TestVideos.MOOV_AT, 8)
                .putInt((int) size - TestVideos.MOOV_AT)
                .put(MDAT);
        return video;
    }

    /** A phone's video, {@code moov} last and saying where it was filmed, behind {@code mediaBytes} of media. */
    private static byte[] locatedVideoOf(int mediaBytes) {
        byte[] located = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        byte[] media = new byte[mediaBytes];
        new Random(mediaBytes).nextBytes(media);
        return TestVideos.concat(
                Arrays.copyOf(located, TestVideos.MOOV_AT),
                TestVideos.box("mdat", media),
                Arrays.copyOfRange(located, TestVideos.mp4().length, located.length));
    }

    private static byte[] part(byte[] file, int number) {
        int from = (int) ((number - 1) * PART);
        return Arrays.copyOfRange(file, from, (int) Math.min(file.length, from + PART));
    }

    private static void put(String url, byte[] body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Declares the whole part but sends half of it, then gives up, as a dropped connection does. */
    private static void sendBrokenPart(String url, byte[] body) {
        var half = HttpRequest.BodyPublishers.fromPublisher(
                subscriber -> HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                            private int sent;

                            @Override
                            public int read() {
                                throw new UnsupportedOperationException();
                            }

                            @Override
                            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                                if (sent >= body.length / 2) {
                                    throw new java.io.IOException("connection dropped");
                                }
                                int n = Math.min(length, body.length / 2 - sent);
                                System.arraycopy(body, sent, buffer, offset, n);
                                sent += n;
                                return n;
                            }
                        })
                        .subscribe(subscriber),
                body.length);
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .PUT(half)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(java.io.IOException.class);
    }

    private byte[] storedBytes(UUID mediaId) throws Exception {
        try (InputStream in = minio.getObject(GetObjectArgs.builder()
                        .bucket(bucket.name())
                        .object(MediaObjects.key(mediaId))
                        .build())
                .get(10, TimeUnit.SECONDS)) {
            return in.readAllBytes();
        }
    }

    private List<String> pendingUploads() {
        try {
            ListMultipartUploadsResult result = minio.listMultipartUploads(ListMultipartUploadsArgs.builder()
                            .bucket(bucket.name())
                            .build())
                    .get(10, TimeUnit.SECONDS)
                    .result();
            return result.uploads().stream()
                    .map(upload -> upload.objectName() + " " + upload.uploadId())
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
