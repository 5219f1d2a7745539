package vn.danvankheo.media.uploads;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.danvankheo.media.UploadState;

/** Uploads whose parts outgrow what they declared; swept with the abandoned ones. */
@Component
public class OversizedUploads {

    private static final String OVERSIZED =
            "Phần tệp gửi lên lớn hơn kích thước đã khai báo; lượt tải lên đã bị huỷ, hãy tải lại tệp từ đầu.";

    private final UploadRecords records;
    private final MultipartUploads multipart;
    private final Clock clock;

    OversizedUploads(UploadRecords records, MultipartUploads multipart, ObjectProvider<Clock> clock) {
        this.records = records;
        this.multipart = multipart;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A signed part URL does not bind the part's size, so storage takes whatever is PUT to it: an upload holding a
     * part larger than its share of the declared file is refused and its parts deleted. Run every cleanup interval,
     * this bounds what one upload can make storage hold to what can be sent in that interval.
     *
     * @return how many uploads were refused
     */
    public int abortOversized() {
        int refused = 0;
        for (UploadRecords.Upload upload : records.unfinishedBefore(clock.instant())) {
            if (upload.state() != UploadState.STARTED || upload.storageUploadId() == null) {
                continue;
            }
            List<MultipartUploads.StoredPart> stored;
            try {
                stored = multipart.parts(upload.objectKey(), upload.storageUploadId());
            } catch (MultipartUploads.NoSuchUpload gone) {
                continue;
            }
            boolean oversized = stored.stream()
                    .anyMatch(part -> part.number() < 1
                            || part.number() > upload.partCount()
                            || part.sizeBytes() > upload.expectedPartBytes(part.number()));
            if (oversized
                    && records.transition(
                            upload.id(), UploadState.STARTED, UploadState.REJECTED, clock.instant(), OVERSIZED)) {
                multipart.abort(upload.objectKey(), upload.storageUploadId());
                refused++;
            }
        }
        return refused;
    }
}
