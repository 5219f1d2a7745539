package vn.danvankheo.imports;

import java.util.Objects;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Mono;

/** An uploaded spreadsheet as received; its size was limited while it was read. */
public record ImportFile(String fileName, byte[] content) {

    public ImportFile {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null ? "" : fileName;
    }

    /** The upload is cut off at the limit, so an oversized file is refused without being held whole. */
    public static Mono<ImportFile> read(FilePart file, long maxBytes) {
        return DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE, maxBytes + 1))
                .map(buffer -> {
                    byte[] content = new byte[buffer.readableByteCount()];
                    buffer.read(content);
                    DataBufferUtils.release(buffer);
                    return new ImportFile(file.filename(), content);
                })
                .onErrorMap(
                        DataBufferLimitException.class,
                        e -> new InvalidImportFileException(
                                "Tệp quá lớn: mỗi tệp nhập tối đa " + maxBytes / (1024 * 1024) + " MB."));
    }
}
