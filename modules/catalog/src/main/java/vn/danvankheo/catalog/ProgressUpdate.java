package vn.danvankheo.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a model's timeline: what was done, the indicators it moved, and the photos and videos that show it.
 * The public sees it once a moderator of the model's locality approved it.
 */
public record ProgressUpdate(
        UUID id,
        UUID modelId,
        Instant writtenAt,
        String writtenByName,
        String body,
        List<IndicatorValue> indicatorValues,
        List<UpdateMedia> media,
        Status status,
        Instant reviewedAt,
        String reviewedByName,
        String sentBackReason,
        long version) {

    public ProgressUpdate {
        indicatorValues = indicatorValues == null ? List.of() : List.copyOf(indicatorValues);
        media = media == null ? List.of() : List.copyOf(media);
    }

    public enum Status {
        SUBMITTED,
        PUBLISHED,
        SENT_BACK
    }

    /** A value an indicator of the model's plan reached, named as in the plan. */
    public record IndicatorValue(String indicator, BigDecimal value) {}

    /** A photo or video already in the media library, with what the public reads under it. */
    public record UpdateMedia(UUID mediaId, Kind kind, String caption, String credit) {
        public enum Kind {
            PHOTO,
            VIDEO
        }
    }

    /** What a unit writes; who and when are recorded by the catalog. */
    public record NewUpdate(String body, List<IndicatorValue> indicatorValues, List<UpdateMedia> media) {
        public NewUpdate {
            indicatorValues = indicatorValues == null ? List.of() : List.copyOf(indicatorValues);
            media = media == null ? List.of() : List.copyOf(media);
        }
    }
}
