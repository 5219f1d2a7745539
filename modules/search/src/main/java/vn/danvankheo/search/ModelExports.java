package vn.danvankheo.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.catalog.Field;

/**
 * Exactly the models a search shows, for journalists to take away: read from the index a page at a time and written
 * as they come, so an export of any size holds one page in memory. Only what the index holds goes out, and the
 * index holds only what the public may see: press contacts and unpublished edits never reach it.
 */
@Service
public class ModelExports {

    static final int PAGE = 1_000;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> COLUMNS = List.of(
            "Tên mô hình",
            "Chủ thể thực hiện",
            "Lĩnh vực",
            "Xã, phường, đặc khu",
            "Tỉnh, thành phố",
            "Năm bắt đầu",
            "Tóm tắt",
            "Vĩ độ",
            "Kinh độ",
            "Cập nhật",
            "Địa chỉ trang");
    /**
     * The parts of an indexed model that {@link #row} and {@link #feature} read, and the record's flags: a missing
     * primitive would not read back.
     */
    private static final List<String> FIELDS = List.of(
            "continuing",
            "hasPhotos",
            "hasVideo",
            "id",
            "slug",
            "name",
            "ownerName",
            "field",
            "communeName",
            "provinceName",
            "yearStarted",
            "summary",
            "location",
            "updatedAt");

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ModelSearch search;
    private final JsonMapper json = JsonMapper.builder().build();

    ModelExports(ModelSearch search) {
        this.search = search;
    }

    /** UTF-8 with a byte-order mark, so Excel opens the Vietnamese text right; RFC 4180 quoting. */
    public Flux<DataBuffer> csv(ModelQuery query, String siteUrl, DataBufferFactory buffers) {
        Flux<DataBuffer> header = Flux.just(buffers.wrap(concat(UTF8_BOM, csvLine(COLUMNS))));
        Flux<DataBuffer> rows = search.documents(query, PAGE, FIELDS).map(page -> {
            StringBuilder lines = new StringBuilder();
            page.forEach(doc -> lines.append(new String(csvLine(row(doc, siteUrl)), StandardCharsets.UTF_8)));
            return buffers.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        });
        return header.concatWith(rows);
    }

    /** A FeatureCollection (RFC 7946: longitude first) written feature by feature. */
    public Flux<DataBuffer> geoJson(ModelQuery query, String siteUrl, DataBufferFactory buffers) {
        Flux<DataBuffer> start = Flux.just(
                buffers.wrap("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8)));
        boolean[] first = {true};
        Flux<DataBuffer> features = search.documents(query, PAGE, FIELDS).map(page -> {
            StringBuilder out = new StringBuilder();
            for (ModelDocument doc : page) {
                if (!first[0]) {
                    out.append(',');
                }
                first[0] = false;
                out.append(json.writeValueAsString(feature(doc, siteUrl)));
            }
            return buffers.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
        });
        return start.concatWith(features).concatWith(Flux.just(buffers.wrap("]}".getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The same columns as the CSV in a worksheet, numbers as numbers. POI's streaming workbook keeps a window of rows
     * in memory and the rest in a temporary file, so heap stays flat whatever the size; the file is complete only at
     * the end (a ZIP's directory comes last), and it is written on a worker thread, never the event loop.
     */
    public Flux<DataBuffer> xlsx(ModelQuery query, String siteUrl, DataBufferFactory buffers) {
        return Flux.from(DataBufferUtils.outputStreamPublisher(
                out -> writeWorkbook(query, siteUrl, out),
                buffers,
                task -> Schedulers.boundedElastic().schedule(task)));
    }

    private static final Set<Integer> NUMERIC_COLUMNS = Set.of(5, 7, 8);
    private static final int ROWS_IN_MEMORY = 200;

    private void writeWorkbook(ModelQuery query, String siteUrl, OutputStream out) {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet("Mô hình Dân vận khéo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 || i == 6 ? 48 : 18) * 256);
            }
            sheet.createFreezePane(0, 1);
            int next = 1;
            for (List<ModelDocument> page :
                    search.documents(query, PAGE, FIELDS).toIterable(1)) {
                for (ModelDocument doc : page) {
                    Row row = sheet.createRow(next++);
                    List<String> values = row(doc, siteUrl);
                    for (int i = 0; i < values.size(); i++) {
                        if (NUMERIC_COLUMNS.contains(i) && !values.get(i).isEmpty()) {
                            row.createCell(i).setCellValue(Double.parseDouble(values.get(i)));
                        } else {
                            row.createCell(i).setCellValue(values.get(i));
                        }
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> columns() {
        return COLUMNS;
    }

    static List<String> row(ModelDocument doc, String siteUrl) {
        return List.of(
                doc.name(),
                nullToEmpty(doc.ownerName()),
                Field.valueOf(doc.field()).labelVi(),
                nullToEmpty(doc.communeName()),
                nullToEmpty(doc.provinceName()),
                String.valueOf(doc.yearStarted()),
                nullToEmpty(doc.summary()),
                String.valueOf(doc.location().lat()),
                String.valueOf(doc.location().lon()),
                doc.updatedAt() == null ? "" : DAY.format(doc.updatedAt()),
                siteUrl + "/mo-hinh/" + doc.slug());
    }

    private static Map<String, Object> feature(ModelDocument doc, String siteUrl) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        List<String> values = row(doc, siteUrl);
        for (int i = 0; i < COLUMNS.size(); i++) {
            properties.put(PROPERTY_NAMES.get(i), values.get(i));
        }
        properties.put("field", doc.field());
        return Map.of(
                "type",
                "Feature",
                "id",
                doc.id(),
                "geometry",
                Map.of(
                        "type",
                        "Point",
                        "coordinates",
                        List.of(doc.location().lon(), doc.location().lat())),
                "properties",
                properties);
    }

    private static final List<String> PROPERTY_NAMES = List.of(
            "name",
            "owner",
            "fieldLabel",
            "commune",
            "province",
            "yearStarted",
            "summary",
            "latitude",
            "longitude",
            "updatedAt",
            "url");

    private static byte[] csvLine(List<String> values) {
        return (values.stream().map(ModelExports::quoted).collect(Collectors.joining(",")) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted always; a leading =, +, - or @ is defused so a spreadsheet never runs a cell as a formula. */
    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
