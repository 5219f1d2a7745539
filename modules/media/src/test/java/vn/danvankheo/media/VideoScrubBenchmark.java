package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.media.photos.Photos;
import vn.danvankheo.media.storage.MediaBucket;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.media.videos.Videos;
import vn.danvankheo.testing.TestServices;

/**
 * What removing the location costs for a large MP4 that says where it was filmed, {@code moov} last as phones write
 * it: rewritten in storage after a browser upload ({@code acceptStored}) against the same file without location,
 * which is only walked. Printed, never asserted against a time. Run with
 * {@code -Dit.test=VideoScrubBenchmark}.
 */
@SpringBootTest(classes = MediaTestApplication.class)
class VideoScrubBenchmark {

    private static final long MIB = 1024 * 1024;
    private static final long MEDIA = 512 * MIB;
    private static final byte[] NOISE = new byte[64 * 1024];

    static {
        new Random(2026).nextBytes(NOISE);
    }

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("media-bench").register(registry);
    }

    @Autowired
    Videos videos;

    @Autowired
    MediaObjects objects;

    @Autowired
    MinioAsyncClient minio;

    @Autowired
    MediaBucket bucket;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void removingTheLocationOfALargeVideoKeepsTheHeapFlat() throws Exception {
        byte[] located = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        byte[] moov = Arrays.copyOfRange(located, TestVideos.mp4().length, located.length);
        byte[] clean = TestVideos.scrubbed();
        byte[] cleanMoov = Arrays.copyOfRange(clean, TestVideos.MOOV_AT, TestVideos.MDAT_AT - 8);
        long size = TestVideos.MOOV_AT + 8 + MEDIA + moov.length;
        bucket.ensureExists().get(10, TimeUnit.SECONDS);

        System.out.printf("%nA %,d MB MP4, moov last, heap used after a full GC:%n", size / MIB);
        for (var run : List.of(List.of("uploaded, located", moov), List.of("uploaded, clean", cleanMoov))) {
            UUID id = UUID.randomUUID();
            byte[] uploadedMoov = (byte[]) run.get(1);
            long uploadedSize = TestVideos.MOOV_AT + 8 + MEDIA + uploadedMoov.length;
            minio.putObject(
                            PutObjectArgs.builder()
                                    .bucket(bucket.name())
                                    .object(MediaObjects.key(id))
                                    .contentType("video/mp4")
                                    .stream(file(located, uploadedMoov), uploadedSize, 16 * MIB)
                                    .build())
                    .get(10, TimeUnit.MINUTES);
            measure(
                    "acceptStoredVideo, " + run.get(0),
                    () -> assertThat(videos.acceptStored(id, uploadedSize).sizeBytes())
                            .isEqualTo(uploadedSize));
            objects.delete(id, Photos.WIDTHS);
        }
        System.out.printf("  (max heap %,d MB)%n%n", memory.getHeapMemoryUsage().getMax() / MIB);
    }

    private void measure(String name, Runnable run) throws InterruptedException {
        long before = usedAfterGc();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(usedAfterGc(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        try {
            run.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "  %-36s %7.2f s  heap before %,4d MB, peak %,4d MB%n", name, seconds, before / MIB, peak.get() / MIB);
    }

    /** ftyp, then noise as mdat, then the given moov: generated as it is read. */
    private static InputStream file(byte[] located, byte[] moov) {
        byte[] head = TestVideos.concat(
                Arrays.copyOf(located, TestVideos.MOOV_AT),
                java.nio.ByteBuffer.allocate(8)
                        .putInt((int) (8 + MEDIA))
                        .put("mdat".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .array());
        InputStream media = new InputStream() {
            private long left = MEDIA;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int count = (int) Math.min(Math.min(length, NOISE.length), left);
                System.arraycopy(NOISE, 0, buffer, offset, count);
                left -= count;
                return count;
            }
        };
        return new SequenceInputStream(Collections.enumeration(
                List.of(new java.io.ByteArrayInputStream(head), media, new java.io.ByteArrayInputStream(moov))));
    }

    private long usedAfterGc() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
