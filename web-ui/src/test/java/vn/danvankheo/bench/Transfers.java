package vn.danvankheo.bench;

import io.minio.GetObjectArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import vn.danvankheo.media.CompletedUpload;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.UploadSessions;
import vn.danvankheo.media.UploadStarted;

/**
 * Uploads and downloads of a video of a given size: the project's way (an upload session, each part PUT to the URL
 * it signs, completion with the file's check; {@code /media/{id}} to read it back) against the MinIO client putting
 * and getting the same bytes straight. Also the heap a transfer holds on either way. Every object written is removed
 * at the end; the upload records stay, as any finished upload's.
 */
final class Transfers {

    /** Where the media library keeps a file; the baseline reads the same objects. */
    private static final String MEDIA_KEY_PREFIX = "media/";

    private static final String STRAIGHT_KEY_PREFIX = "bench-straight/";
    private static final byte[] NOISE = new byte[64 * 1024];

    static {
        new SplittableRandom(2026).nextBytes(NOISE);
    }

    private final UploadSessions uploads;
    private final MinioAsyncClient minio;
    private final String bucket;
    private final HttpClient http;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<String> written = new ArrayList<>();

    Transfers(UploadSessions uploads, MinioAsyncClient minio, String bucket, HttpClient http) {
        this.uploads = uploads;
        this.minio = minio;
        this.bucket = bucket;
        this.http = http;
    }

    /** Through an upload session, as the browser does after {@code POST /api/uploads}; returns the media's id. */
    UUID upload(long size) {
        // An account of its own each time, so the allowance of one never refuses the next upload.
        UUID owner = UUID.randomUUID();
        UploadStarted started = uploads.start(UploadKind.VIDEO, "do-thu.mp4", size, owner);
        Map<Integer, String> urls = uploads.partUrls(
                started.id(),
                IntStream.rangeClosed(1, started.partCount()).boxed().toList(),
                owner);
        for (int part = 1; part <= started.partCount(); part++) {
            long offset = (part - 1) * started.partSize();
            long length = Math.min(started.partSize(), size - offset);
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(urls.get(part)))
                    .PUT(HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> new Video(size, offset, length)), length))
                    .build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("part " + part + " answered " + response.statusCode());
            }
        }
        CompletedUpload completed = uploads.complete(started.id(), owner);
        written.add(MEDIA_KEY_PREFIX + completed.mediaId());
        return completed.mediaId();
    }

    void uploadStraight(long size) {
        String key = STRAIGHT_KEY_PREFIX + UUID.randomUUID();
        await(() -> minio.putObject(
                PutObjectArgs.builder().bucket(bucket).object(key).stream(new Video(size, 0, size), size, -1L)
                        .contentType("video/mp4")
                        .build()));
        written.add(key);
    }

    /** The whole video through the public media address, read to the end. */
    void download(String url, long size) {
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                long read = body.transferTo(OutputStream.nullOutputStream());
                if (response.statusCode() != 200 || read != size) {
                    throw new IllegalStateException(
                            url + " answered " + response.statusCode() + " with " + read + " bytes");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void downloadStraight(UUID mediaId) {
        try (InputStream object = await(() -> minio.getObject(GetObjectArgs.builder()
                .bucket(bucket)
                .object(MEDIA_KEY_PREFIX + mediaId)
                .build()))) {
            object.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The most heap used above what stays after a full collection, sampled every 10 ms while {@code transfer} runs:
     * what one transfer holds at once, in MB.
     */
    double heapHeldMegabytes(Runnable transfer) {
        System.gc();
        long idle = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(idle);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            transfer.run();
        } finally {
            sampler.interrupt();
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(0, peak.get() - idle) / 1024.0 / 1024.0;
    }

    void removeWritten() {
        for (String key : written) {
            await(() -> minio.removeObject(
                    RemoveObjectArgs.builder().bucket(bucket).object(key).build()));
        }
        written.clear();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface StorageCall<T> {
        java.util.concurrent.CompletableFuture<T> call() throws Exception;
    }

    private static <T> T await(StorageCall<T> call) {
        try {
            return call.call().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("storage: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("storage: " + e, e);
        }
    }

    /**
     * {@code length} bytes from {@code offset} of an MP4 of {@code size}, made as they are read: its {@code ftyp}
     * box, then noise as one {@code mdat} box, so completion recognises a video with nothing to scrub.
     */
    private static final class Video extends InputStream {
        private final byte[] header;
        private long position;
        private final long end;

        Video(long size, long offset, long length) {
            byte[] ftyp = {
                0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's', 'o',
                '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'
            };
            this.header = ByteBuffer.allocate(ftyp.length + 8)
                    .put(ftyp)
                    .putInt((int) (size - ftyp.length))
                    .put("mdat".getBytes(StandardCharsets.US_ASCII))
                    .array();
            this.position = offset;
            this.end = offset + length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int at, int wanted) {
            if (position >= end) {
                return -1;
            }
            int count = (int) Math.min(wanted, end - position);
            for (int i = 0; i < count; i++) {
                long p = position + i;
                into[at + i] = p < header.length ? header[(int) p] : NOISE[(int) (p % NOISE.length)];
            }
            position += count;
            return count;
        }
    }
}
