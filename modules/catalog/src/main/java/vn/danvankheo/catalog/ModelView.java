package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A model as other capabilities and pages read it: no entity, no lazy loading, safe to hand across threads. The
 * commune and province names are those in force when the model was registered; {@code today} gives the current ones.
 */
public record ModelView(
        UUID id,
        String slug,
        String name,
        String ownerName,
        OwnerKind ownerKind,
        String registeringUnit,
        Field field,
        double latitude,
        double longitude,
        String communeCode,
        String communeName,
        String provinceCode,
        String provinceName,
        TodaysNames today,
        boolean localityAgrees,
        String localityNote,
        int yearStarted,
        String summary,
        String story,
        ModelStatus status,
        List<PhotoView> photos,
        Instant publishedAt,
        Instant updatedAt,
        long version) {

    public record PhotoView(UUID mediaId, String caption, String credit) {}

    /** The locality's names today, which differ from the recorded ones after a unit is renamed or changes type. */
    public record TodaysNames(String communeName, String provinceName) {}

    /** The same view with the locality's names as they are now. */
    ModelView withToday(TodaysNames names) {
        return new ModelView(
                id,
                slug,
                name,
                ownerName,
                ownerKind,
                registeringUnit,
                field,
                latitude,
                longitude,
                communeCode,
                communeName,
                provinceCode,
                provinceName,
                names,
                localityAgrees,
                localityNote,
                yearStarted,
                summary,
                story,
                status,
                photos,
                publishedAt,
                updatedAt,
                version);
    }

    public boolean localityRenamed() {
        return !today.communeName().equals(communeName) || !today.provinceName().equals(provinceName);
    }

    public boolean isPublished() {
        return status == ModelStatus.PUBLISHED;
    }
}
