package vn.danvankheo.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.UUID;

/**
 * A model as other capabilities and pages read it: no entity, no lazy loading, safe to hand across threads. Built
 * from the parts every shape of a model shares; its JSON (the API's answers and the revisions' snapshots) keeps the
 * parts flat, as it was before they were parts. {@code replicates} is the id of the model this one replicates ("nhân
 * rộng"), or null.
 */
public record ModelView(
        UUID id,
        String slug,
        String registeringUnit,
        UUID registeringUnitId,
        @JsonUnwrapped ModelProfile profile,
        @JsonUnwrapped ModelLocation place,
        @JsonUnwrapped ModelLocality locality,
        ModelDetails details,
        @JsonUnwrapped ModelState state,
        List<PhotoView> photos,
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
                registeringUnit,
                registeringUnitId,
                profile,
                place,
                locality.withToday(names),
                details,
                state,
                photos,
                currentRecognitions,
                replicates);
    }

    /**
     * What anyone may read: an individual owner named only as far as they agreed, the press contact only with
     * consent, and nothing of the moderation between the unit and its moderators.
     */
    ModelView forPublic() {
        return new ModelView(
                id,
                slug,
                registeringUnit,
                registeringUnitId,
                profile.forPublic(details.ownerDisclosure()),
                place,
                locality,
                details.forPublic(),
                state.forPublic(),
                photos,
                recognitions,
                replicates);
    }

    /** The story as HTML safe to include in a page, whether it was stored as sanitised HTML or, earlier, as text. */
    public String storyHtml() {
        return StoryHtml.sanitize(profile.story());
    }

    public boolean localityRenamed() {
        return locality.renamed();
    }

    public boolean isPublished() {
        return state.status() == ModelStatus.PUBLISHED;
    }
}
