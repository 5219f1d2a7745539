package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.VietnameseText;
import vn.danvankheo.testing.TestServices;

/**
 * Whether an export streams: the heap it holds while {@code bench.rows} (100,000) rows go out as CSV, XLSX and
 * GeoJSON, against the same export of {@code bench.baseline-rows} (1,000) in the same run. Held heap is what is
 * still live after a full collection, sampled every 100 ms and at every megabyte written, above what was live before
 * the export began. The consumer asks for one buffer at a time, as a slow client's connection would, and writes to a
 * file, so nothing of the export stays on its side. Printed, never asserted against a figure: run it with
 * {@code ./dvk bench}.
 */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {"dvk.search.heal-interval=1h", "dvk.places.data-directory=../../data/vn-admin"})
class ExportHeapBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    private static final int BASELINE_ROWS = Integer.getInteger("bench.baseline-rows", 1_000);
    private static final String LARGE_PROVINCE = "79";
    private static final String SMALL_PROVINCE = "01";
    private static final long MIB = 1024 * 1024;
    private static final List<String> WORDS = List.of(
            "thanh niên",
            "phụ nữ",
            "nông dân",
            "cựu chiến binh",
            "đoàn viên",
            "hội viên",
            "khu dân cư",
            "tự quản",
            "an ninh",
            "trật tự",
            "vệ sinh",
            "môi trường",
            "đường làng",
            "ngõ xóm",
            "sáng",
            "xanh",
            "sạch",
            "đẹp",
            "chuyển đổi số",
            "sinh kế",
            "giảm nghèo",
            "hỗ trợ",
            "hộ nghèo",
            "xây dựng",
            "nông thôn mới",
            "đô thị",
            "văn minh",
            "đồng thuận",
            "góp công",
            "góp sức",
            "hiến đất",
            "mở đường",
            "thắp sáng",
            "camera",
            "tổ",
            "nhóm",
            "câu lạc bộ",
            "mô hình",
            "hiệu quả",
            "nhân rộng");

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("exportbench").register(registry);
    }

    @Autowired
    ModelExports exports;

    @Autowired
    ModelIndexer indexer;

    @Autowired
    ModelIndex index;

    @Autowired
    ElasticsearchClient client;

    @Test
    void heapHeldByAnExportAgainstOneOfAHundredthItsRows() throws Exception {
        indexer.ensureReady();
        fill(SMALL_PROVINCE, BASELINE_ROWS, 0);
        fill(LARGE_PROVINCE, ROWS, BASELINE_ROWS);
        client.indices().refresh(r -> r.index(index.alias()));
        ModelQuery small = SearchParameters.read(Map.of("province", List.of(SMALL_PROVINCE)));
        ModelQuery large = SearchParameters.read(Map.of("province", List.of(LARGE_PROVINCE)));
        List<Format> formats = List.of(
                new Format("CSV", "csv", q -> exports.csv(q, "https://bando.example", buffers())),
                new Format("XLSX", "xlsx", q -> exports.xlsx(q, "https://bando.example", buffers())),
                new Format("GeoJSON", "geojson", q -> exports.geoJson(q, "https://bando.example", buffers())));
        for (Format format : formats) {
            measure(format, small);
        }

        System.out.printf(
                "%nExports of %,d rows against %,d in the same run, heap %,d MiB (max), live after a full GC:%n",
                ROWS, BASELINE_ROWS, Runtime.getRuntime().maxMemory() / MIB);
        System.out.printf(
                "  format    rows      bytes          s      rows/s   held MiB peak   (baseline rows  bytes  s  held MiB)"
                        + "   held ratio%n");
        for (Format format : formats) {
            Measured baseline = measure(format, small);
            Measured measured = measure(format, large);
            System.out.printf(
                    "  %-8s %,8d  %,12d  %7.1f  %,9.0f   %8.1f        (%,d  %,d  %.1f  %.1f)   %6.2f x%n",
                    format.name(),
                    measured.rows(),
                    measured.bytes(),
                    measured.seconds(),
                    measured.rows() / measured.seconds(),
                    measured.heldMib(),
                    baseline.rows(),
                    baseline.bytes(),
                    baseline.seconds(),
                    baseline.heldMib(),
                    measured.heldMib() / Math.max(0.1, baseline.heldMib()));
            assertThat(measured.rows()).as(format.name() + " rows").isEqualTo(ROWS);
            assertThat(baseline.rows()).as(format.name() + " baseline rows").isEqualTo(BASELINE_ROWS);
        }
        System.out.println();
    }

    private static DefaultDataBufferFactory buffers() {
        return DefaultDataBufferFactory.sharedInstance;
    }

    private Measured measure(Format format, ModelQuery query) throws IOException {
        Path file = Files.createTempFile("export-bench-", "." + format.extension());
        try {
            long idle = liveHeap();
            AtomicLong peak = new AtomicLong(idle);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            long started = System.nanoTime();
            long bytes;
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                sampler.scheduleWithFixedDelay(
                        () -> peak.accumulateAndGet(liveHeap(), Math::max), 100, 100, TimeUnit.MILLISECONDS);
                AtomicLong written = new AtomicLong();
                AtomicLong nextSample = new AtomicLong();
                format.export()
                        .apply(query)
                        .limitRate(1)
                        .doOnNext(buffer -> {
                            try {
                                written.addAndGet(write(buffer, out));
                            } finally {
                                DataBufferUtils.release(buffer);
                            }
                            if (written.get() >= nextSample.get()) {
                                peak.accumulateAndGet(liveHeap(), Math::max);
                                nextSample.set(written.get() + MIB);
                            }
                        })
                        .blockLast();
                bytes = written.get();
            } finally {
                sampler.shutdownNow();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measured(rows(format, file), bytes, seconds, (peak.get() - idle) / (double) MIB);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long write(DataBuffer buffer, FileChannel out) {
        long total = 0;
        try (var readable = buffer.readableByteBuffers()) {
            while (readable.hasNext()) {
                var bytes = readable.next();
                while (bytes.hasRemaining()) {
                    total += out.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return total;
    }

    /** Data rows in the file, counted by streaming through it: the header row is not one. */
    private static long rows(Format format, Path file) throws IOException {
        return switch (format.extension()) {
            case "csv" -> occurrences(Files.newInputStream(file), "\r\n") - 1;
            case "geojson" -> occurrences(Files.newInputStream(file), "\"type\":\"Feature\"");
            default -> {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    yield occurrences(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")), "<row ") - 1;
                }
            }
        };
    }

    private static long occurrences(InputStream stream, String text) throws IOException {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        long count = 0;
        int matched = 0;
        try (InputStream in = new java.io.BufferedInputStream(stream)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == wanted[matched]) {
                    matched++;
                    if (matched == wanted.length) {
                        count++;
                        matched = 0;
                    }
                } else {
                    matched = b == wanted[0] ? 1 : 0;
                }
            }
        }
        return count;
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Models of one province with texts of a real model's length, written straight to the index. */
    private void fill(String province, int models, int from) throws IOException {
        Random random = new Random(from);
        Field[] fields = Field.values();
        List<ModelDocument> batch = new ArrayList<>(2_000);
        for (int i = from; i < from + models; i++) {
            String name = "Mô hình " + words(random, 4) + " số " + i;
            String summary = words(random, 30) + ".";
            String story = words(random, 90) + ".";
            String owner = "Chi hội " + words(random, 2);
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i);
            batch.add(new ModelDocument(
                    UUID.randomUUID().toString(),
                    "xuat-" + i,
                    name,
                    VietnameseText.fold(name),
                    owner,
                    fields[random.nextInt(fields.length)].name(),
                    random.nextBoolean() ? "COLLECTIVE" : "INDIVIDUAL",
                    random.nextBoolean(),
                    random.nextBoolean(),
                    random.nextInt(5) == 0,
                    List.of(),
                    province,
                    province.equals(SMALL_PROVINCE) ? "Thành phố Hà Nội" : "Thành phố Hồ Chí Minh",
                    province.equals(SMALL_PROVINCE) ? "00004" : "26734",
                    province.equals(SMALL_PROVINCE) ? "Phường Ba Đình" : "Phường Sài Gòn",
                    new ModelDocument.GeoPoint(10.7 + random.nextDouble() * 0.2, 106.6 + random.nextDouble() * 0.2),
                    2015 + random.nextInt(12),
                    summary,
                    VietnameseText.fold(summary),
                    null,
                    at,
                    at,
                    List.of(),
                    VietnameseText.canonicalTones(name),
                    VietnameseText.canonicalTones(summary),
                    ModelDocument.words(name),
                    ModelDocument.words(summary),
                    story,
                    VietnameseText.fold(story),
                    VietnameseText.fold(owner)));
            if (batch.size() == 2_000) {
                index.putAll(index.alias(), batch);
                batch.clear();
            }
        }
        index.putAll(index.alias(), batch);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    private record Format(String name, String extension, Function<ModelQuery, Flux<DataBuffer>> export) {}

    private record Measured(long rows, long bytes, double seconds, double heldMib) {}
}
