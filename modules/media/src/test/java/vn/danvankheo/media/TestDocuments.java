package vn.danvankheo.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real document containers built here: the same package structure Word and Excel write, and a minimal PDF. */
public final class TestDocuments {

    private TestDocuments() {}

    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    }

    public static byte[] docm() {
        return zip(Map.of(
                "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>", "word/vbaProject.bin", "x"));
    }

    public static byte[] plainZip() {
        return zip(Map.of("notes.txt", "ghi chú"));
    }

    /** A package declaring more unpacked bytes than any real document: zeros compress a thousandfold. */
    public static byte[] bomb() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 520; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(Map<String, String> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                OutputStream out = zip;
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
