package vn.danvankheo.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdate;

/**
 * The model's own records a self-assessment may show as evidence, each named so the unit recognises it: the model's
 * photos, its progress updates and the photos and videos in them.
 */
final class EvidenceChoices {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int EXCERPT = 90;

    record Choice(UUID recordId, String label) {}

    private EvidenceChoices() {}

    static List<Choice> of(ModelView model, List<ProgressUpdate> timeline) {
        List<Choice> choices = new ArrayList<>();
        model.photos()
                .forEach(photo -> choices.add(new Choice(photo.mediaId(), "Ảnh của mô hình: " + photo.caption())));
        for (ProgressUpdate update : timeline) {
            String day = DAY.format(update.writtenAt());
            choices.add(new Choice(update.id(), "Cập nhật ngày " + day + ": " + excerpt(update.body())));
            update.media()
                    .forEach(media -> choices.add(new Choice(
                            media.mediaId(),
                            kind(media.kind()) + " trong cập nhật ngày " + day + ": " + media.caption())));
        }
        return choices;
    }

    private static String kind(ProgressUpdate.UpdateMedia.Kind kind) {
        return kind == ProgressUpdate.UpdateMedia.Kind.VIDEO ? "Video" : "Ảnh";
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }
}
