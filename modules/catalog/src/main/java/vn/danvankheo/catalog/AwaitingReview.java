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
        List<String> changedParts,
        long version,
        Instant since) {

    public enum Kind {
        /** A model not yet on the public map. */
        NEW_MODEL,
        /** Changes to a published model; the approved version stays public meanwhile. */
        CHANGES
    }
}
