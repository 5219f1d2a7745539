package vn.danvankheo.media.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.danvankheo.media.CompletedUpload;
import vn.danvankheo.media.StorageUnavailableException;
import vn.danvankheo.media.UnsupportedMediaException;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.media.storage.SpooledUpload;

/**
 * Documents of the records archive (PDF, DOCX, XLSX), recognised by content. Documents are private: the public media
 * address serves only photo renditions and videos.
 */
@Component
public class Documents {

    public static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private final MediaObjects objects;

    Documents(MediaObjects objects) {
        this.objects = objects;
    }

    /** Checks a stored document by its content: a package needs its whole directory. Blocking. */
    public CompletedUpload acceptStored(UUID id, long sizeBytes) {
        requireSize(sizeBytes);
        try (InputStream in = objects.openOriginal(id);
                SpooledUpload upload = SpooledUpload.of(in, sizeBytes)) {
            DocumentType type = DocumentType.of(upload.file());
            objects.label(id, type.contentType());
            return new CompletedUpload(id, UploadKind.DOCUMENT, type.contentType(), sizeBytes, List.of());
        } catch (IOException e) {
            throw new StorageUnavailableException(e);
        } catch (Exception e) {
            throw objects.storageFailure(e);
        }
    }

    private static void requireSize(long sizeBytes) {
        if (sizeBytes <= 0) {
            throw new UnsupportedMediaException("Tệp tài liệu rỗng.");
        }
        if (sizeBytes > MAX_DOCUMENT_BYTES) {
            throw new UnsupportedMediaException(
                    "Tài liệu lớn quá " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MB; hãy chia nhỏ hoặc nén lại.");
        }
    }
}
