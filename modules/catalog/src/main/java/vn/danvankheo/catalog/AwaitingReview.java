package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a moderator's queue: what it is, where, from which unit, and which version to review. */
public record AwaitingReview(
        UUID modelId,
        String slug,
        String name,
        String registeringUnit,
        String communeCode,
        String communeName,
        String provinceCode,
        String provinceName,
        Kind kind,
        UUID updateId,
        List<String> changedParts,
        long version,
        Instant since) {

    public enum Kind {
        /** A model not yet on the public map. */
        NEW_MODEL,
        /** Changes to a published model; the approved version stays public meanwhile. */
        CHANGES,
        /** A progress update for the model's timeline; {@code version} is the update's. */
        UPDATE
    }

    static AwaitingReview ofModel(ModelView model, List<String> changedParts) {
        Kind kind = model.isPublished() ? Kind.CHANGES : Kind.NEW_MODEL;
        return of(
                model,
                kind,
                null,
                changedParts,
                model.state().version(),
                model.state().updatedAt());
    }

    static AwaitingReview ofUpdate(ModelView model, ProgressUpdate update) {
        return of(model, Kind.UPDATE, update.id(), List.of(), update.version(), update.writtenAt());
    }

    /** The model named as its moderators look for it: by the locality's names today. */
    private static AwaitingReview of(
            ModelView model, Kind kind, UUID updateId, List<String> changedParts, long version, Instant since) {
        ModelView.TodaysNames today = model.locality().today();
        return new AwaitingReview(
                model.id(),
                model.slug(),
                model.profile().name(),
                model.registeringUnit(),
                model.place().communeCode(),
                today.communeName(),
                model.locality().provinceCode(),
                today.provinceName(),
                kind,
                updateId,
                changedParts,
                version,
                since);
    }
}
