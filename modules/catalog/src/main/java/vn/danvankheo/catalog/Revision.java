package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a model's audit trail: who, when, what kind of change, and which parts changed. */
public record Revision(
        long version,
        Instant changedAt,
        UUID changedBy,
        String changedByName,
        Change change,
        List<String> changedFields) {

    public enum Change {
        REGISTERED,
        EDITED,
        SUBMITTED,
        PUBLISHED,
        SENT_BACK,
        ARCHIVED
    }
}
