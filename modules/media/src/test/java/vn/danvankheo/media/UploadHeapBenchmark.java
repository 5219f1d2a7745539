package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvankheo.media.photos.Photos;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.testing.TestServices;

/**
 * The heap while a 2 GiB video goes through the real upload flow (start, sign, PUT parts straight to storage,
 * complete), against a 20 MB upload in the same run: printed, never asserted against a time. Run it with
 * {@code ./dvk bench}. The file is generated as it is sent and never exists whole anywhere but in storage. The JVM
 * measured holds the application's upload sessions and also the HTTP client that plays the browser, so the figures
 * are an upper bound for the application alone.
 */
@SpringBootTest(classes = MediaTestApplication.class)
class UploadHeapBenchmark {

    private static final long MIB = 1024 * 1024;
    private static final long LARGE = 2L * 1024 * MIB;
    private static final long BASELINE = 20 * MIB;
    private static final int PARALLEL_PARTS = 3;
    private static final UUID OWNER = UUID.randomUUID();
    /** One block of noise, repeated: generating 2 GiB of fresh randomness would measure the generator. */
    private static final byte[] NOISE = new byte[64 * 1024];

    static {
        new Random(2026).nextBytes(NOISE);
    }

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("media-bench").register(registry);
    }

    @Autowired
    UploadSessions uploads;

    @Autowired
    MediaObjects objects;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void heapStaysFlatThroughA2GibUpload() throws Exception {
        // Warms the JIT, the HTTP client and the connection pools, so the baseline measures uploading, not start-up.
        upload(5 * MIB);
        Run baseline = upload(BASELINE);
        Run large = upload(LARGE);

        System.out.printf(
                "%nUploads through signed part URLs, %d parts in parallel, heap used after a full GC:%n",
                PARALLEL_PARTS);
        print("20 MB (baseline)", baseline);
        print("2 GiB", large);
        System.out.printf(
                "  peak heap 2 GiB / peak heap 20 MB:  %.2f x  (max heap %,d MB)%n%n",
                (double) large.peakHeap() / baseline.peakHeap(),
                memory.getHeapMemoryUsage().getMax() / MIB);
        assertThat(large.bytes()).isEqualTo(LARGE);
    }

    private record Run(long bytes, double seconds, long heapBefore, long peakHeap, long heapAfter, int samples) {}

    private static void print(String name, Run run) {
        System.out.printf(
                "  %-17s %,8.1f MB/s  heap before %,5d MB, peak %,5d MB, after %,5d MB  (%d samples)%n",
                name,
                run.bytes() / (double) MIB / run.seconds(),
                run.heapBefore() / MIB,
                run.peakHeap() / MIB,
                run.heapAfter() / MIB,
                run.samples());
    }

    private Run upload(long size) throws Exception {
        long before = usedAfterGc();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(usedAfterGc(), Math::max);
                samples.incrementAndGet();
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
        CompletedUpload completed;
        try {
            UploadStarted upload = uploads.start(UploadKind.VIDEO, "hoi-nghi.mp4", size, OWNER);
            List<Integer> parts = new ArrayList<>();
            for (int n = 1; n <= upload.partCount(); n++) {
                parts.add(n);
            }
            for (int from = 0; from < parts.size(); from += PARALLEL_PARTS) {
                List<CompletableFuture<HttpResponse<String>>> sending = new ArrayList<>();
                for (int n : parts.subList(from, Math.min(parts.size(), from + PARALLEL_PARTS))) {
                    String url =
                            uploads.partUrls(upload.id(), List.of(n), OWNER).get(n);
                    long offset = (n - 1) * upload.partSize();
                    long length = Math.min(upload.partSize(), size - offset);
                    sending.add(http.sendAsync(
                            HttpRequest.newBuilder(URI.create(url))
                                    .PUT(generated(size, offset, length))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> sent : sending) {
                    HttpResponse<String> response = sent.join();
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                }
            }
            completed = uploads.complete(upload.id(), OWNER);
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        objects.delete(completed.mediaId(), Photos.WIDTHS);
        return new Run(completed.sizeBytes(), seconds, before, peak.get(), usedAfterGc(), (int) samples.get());
    }

    private long usedAfterGc() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * The bytes from {@code offset} of a file of {@code size}, made as they are sent: an MP4's {@code ftyp}, then
     * noise as its {@code mdat}. The box walk at completion finds no user data, so the file is not rewritten and the
     * figures stay those of the upload alone.
     */
    private static HttpRequest.BodyPublisher generated(long size, long offset, long length) {
        return HttpRequest.BodyPublishers.fromPublisher(new GeneratedBytes(mp4Header(size), offset, length), length);
    }

    private static byte[] mp4Header(long size) {
        byte[] ftyp = {
            0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's', 'o', '2',
            'a', 'v', 'c', '1', 'm', 'p', '4', '1'
        };
        return ByteBuffer.allocate(ftyp.length + 8)
                .put(ftyp)
                .putInt((int) (size - ftyp.length))
                .put("mdat".getBytes(StandardCharsets.US_ASCII))
                .array();
    }

    private record GeneratedBytes(byte[] header, long offset, long length) implements Flow.Publisher<ByteBuffer> {

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Flow.Subscription() {
                private long sent;
                private boolean done;

                @Override
                public synchronized void request(long n) {
                    for (long i = 0; i < n && !done; i++) {
                        if (sent == length) {
                            done = true;
                            subscriber.onComplete();
                            return;
                        }
                        int chunk = (int) Math.min(NOISE.length, length - sent);
                        byte[] bytes = Arrays.copyOf(NOISE, chunk);
                        long position = offset + sent;
                        if (position < header.length) {
                            int headed = (int) Math.min(header.length - position, chunk);
                            System.arraycopy(header, (int) position, bytes, 0, headed);
                        }
                        sent += chunk;
                        subscriber.onNext(ByteBuffer.wrap(bytes));
                    }
                }

                @Override
                public synchronized void cancel() {
                    done = true;
                }
            });
        }
    }
}
