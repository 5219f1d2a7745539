package vn.danvankheo.imports;

import java.util.Objects;

/** An uploaded spreadsheet as received; its size was limited while it was read. */
public record ImportFile(String fileName, byte[] content) {

    public ImportFile {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null ? "" : fileName;
    }
}
