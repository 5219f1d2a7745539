package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A journalist's request for a model's press contact.
 *
 * @param contact the model's press contact, only in the journalist's own granted request; null otherwise, and null
 *     when the unit has recorded none
 * @param withdrawnAt when the unit withdrew its grant, or null
 */
public record ContactRequest(
        UUID id,
        UUID modelId,
        String modelSlug,
        String modelName,
        String journalistName,
        String purpose,
        Status status,
        Instant requestedAt,
        String answeredByName,
        String answerNote,
        Instant answeredAt,
        String withdrawalNote,
        Instant withdrawnAt,
        ModelDetails.PressContact contact) {

    /** Whether the journalist may ask again: nothing waits and nothing is granted. */
    public boolean closed() {
        return status == Status.REFUSED || status == Status.WITHDRAWN;
    }

    public enum Status {
        PENDING("Đang chờ đơn vị trả lời"),
        GRANTED("Đã đồng ý"),
        REFUSED("Đã từ chối"),
        WITHDRAWN("Đơn vị đã thu hồi sự đồng ý");

        private final String labelVi;

        Status(String labelVi) {
            this.labelVi = labelVi;
        }

        public String labelVi() {
            return labelVi;
        }
    }
}
