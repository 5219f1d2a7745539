package vn.danvankheo.media.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.danvankheo.media.UnsupportedMediaException;

/**
 * The documents a model's records archive accepts (criterion 8), recognised by content: PDF by its header, Word and
 * Excel by the parts inside the package. Macro-enabled packages are refused: records are read by many people and a
 * macro is a way in.
 */
public enum DocumentType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)");

    /** More uncompressed bytes than this declared inside a package is not a document people wrote: a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};

    private final String contentType;
    private final String displayName;

    DocumentType(String contentType, String displayName) {
        this.contentType = contentType;
        this.displayName = displayName;
    }

    public String contentType() {
        return contentType;
    }

    public String displayName() {
        return displayName;
    }

    /** @throws UnsupportedMediaException with a Vietnamese message for anything else, or a dangerous package */
    static DocumentType of(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (var in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, read, PDF_HEADER)) {
            return PDF;
        }
        if (startsWith(head, read, ZIP_HEADER)) {
            return officePackage(file).orElseThrow(() -> notADocument());
        }
        throw notADocument();
    }

    private static Optional<DocumentType> officePackage(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                names.add(entry.getName());
                unpacked += Math.max(0, entry.getSize());
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnsupportedMediaException("Tệp nén bị hỏng, không mở được.");
        }
        if (unpacked > MAX_UNPACKED_BYTES) {
            throw new UnsupportedMediaException("Tệp giải nén ra quá lớn, có thể là tệp độc hại; không nhận.");
        }
        if (names.stream().anyMatch(name -> name.endsWith("vbaProject.bin"))) {
            throw new UnsupportedMediaException(
                    "Tệp có chứa macro. Hãy lưu lại ở dạng .docx hoặc .xlsx không có macro rồi gửi lại.");
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int read, byte[] prefix) {
        return read >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static UnsupportedMediaException notADocument() {
        return new UnsupportedMediaException(
                "Tài liệu phải là PDF, Word (.docx) hoặc Excel (.xlsx) (kiểm tra theo nội dung tệp, không theo tên).");
    }
}
