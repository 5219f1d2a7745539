package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A model as other capabilities and pages read it: no entity, no lazy loading, safe to hand across threads. The
 * commune and province names are those in force when the model was registered; {@code today} gives the current ones.
 * {@code replicates} is the id of the model this one replicates ("nhân rộng"), or null.
 */
public record ModelView(
        UUID id,
        String slug,
        String name,
        String ownerName,
        OwnerKind ownerKind,
        String registeringUnit,
        UUID registeringUnitId,
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
        ModelDetails details,
        ModelStatus status,
        boolean reviewRequested,
        String sentBackReason,
        List<PhotoView> photos,
        Instant publishedAt,
        Instant updatedAt,
        long version,
        List<RecognitionBadge> recognitions,
        UUID replicates) {

    public ModelView {
        // Snapshots written before models had details read as models without them.
        details = details == null ? ModelDetails.NONE : details;
        recognitions = recognitions == null ? List.of() : List.copyOf(recognitions);
    }

    public record PhotoView(UUID mediaId, String caption, String credit) {}

    /** The locality's names today, which differ from the recorded ones after a unit is renamed or changes type. */
    public record TodaysNames(String communeName, String provinceName) {}

    /**
     * The same view with what changes outside the unit's edits, as it is now: the locality's names and the
     * recognitions decided by the committees.
     */
    ModelView withToday(TodaysNames names, List<RecognitionBadge> currentRecognitions) {
        return new ModelView(
                id,
                slug,
                name,
                ownerName,
                ownerKind,
                registeringUnit,
                registeringUnitId,
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
                details,
                status,
                reviewRequested,
                sentBackReason,
                photos,
                publishedAt,
                updatedAt,
                version,
                currentRecognitions,
                replicates);
    }

    /**
     * What anyone may read: an individual owner named only as far as they agreed, the press contact only with
     * consent, and nothing of the moderation between the unit and its moderators.
     */
    ModelView forPublic() {
        String publicOwner =
                ownerKind == OwnerKind.INDIVIDUAL ? details.ownerDisclosure().publicName(ownerName) : ownerName;
        return new ModelView(
                id,
                slug,
                name,
                publicOwner,
                ownerKind,
                registeringUnit,
                registeringUnitId,
                field,
                latitude,
                longitude,
                communeCode,
                communeName,
                provinceCode,
                provinceName,
                today,
                localityAgrees,
                localityNote,
                yearStarted,
                summary,
                story,
                details.forPublic(),
                status,
                false,
                null,
                photos,
                publishedAt,
                updatedAt,
                version,
                recognitions,
                replicates);
    }

    /** The story as HTML safe to include in a page, whether it was stored as sanitised HTML or, earlier, as text. */
    public String storyHtml() {
        return StoryHtml.sanitize(story);
    }

    public boolean localityRenamed() {
        return !today.communeName().equals(communeName) || !today.provinceName().equals(provinceName);
    }

    public boolean isPublished() {
        return status == ModelStatus.PUBLISHED;
    }
}
