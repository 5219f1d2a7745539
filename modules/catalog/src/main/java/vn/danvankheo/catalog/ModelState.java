package vn.danvankheo.catalog;

import java.time.Instant;

/**
 * Where a model stands between its unit and its moderators, and which version it is. {@code reviewRequested} and
 * {@code sentBackReason} are between them alone.
 */
public record ModelState(
        ModelStatus status,
        boolean reviewRequested,
        String sentBackReason,
        Instant publishedAt,
        Instant updatedAt,
        long version) {

    ModelState forPublic() {
        return new ModelState(status, false, null, publishedAt, updatedAt, version);
    }
}
