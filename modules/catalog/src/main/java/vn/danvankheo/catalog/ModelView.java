package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A model as other capabilities and pages read it: no entity, no lazy loading, safe to hand across threads. */
public record ModelView(
        UUID id,
        String slug,
        String name,
        String ownerName,
        OwnerKind ownerKind,
        Field field,
        double latitude,
        double longitude,
        String communeCode,
        String communeName,
        String provinceCode,
        String provinceName,
        int yearStarted,
        String summary,
        String story,
        ModelStatus status,
        List<PhotoView> photos,
        Instant publishedAt,
        Instant updatedAt,
        long version) {

    public record PhotoView(UUID mediaId, String caption, String credit) {}

    public boolean isPublished() {
        return status == ModelStatus.PUBLISHED;
    }
}
