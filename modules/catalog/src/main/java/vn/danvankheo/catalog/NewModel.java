package vn.danvankheo.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a unit gives when it registers a model, naming the unit by its id: the model's profile, flat in JSON as
 * before it was a part. The locality is a point and the commune the unit declares; names come from the official
 * list, never from the submitter. Without a slug, registering gives the first free address of the name.
 * {@code replicates} is the id of the published model this one replicates or learned from ("nhân rộng"), or null.
 */
public record NewModel(
        String slug,
        UUID registeringUnitId,
        @JsonUnwrapped ModelProfile profile,
        ModelLocation location,
        List<NewPhoto> photos,
        ModelDetails details,
        UUID replicates) {

    public NewModel {
        Objects.requireNonNull(location, "location");
        profile = profile == null ? ModelProfile.EMPTY : profile;
        photos = photos == null ? List.of() : List.copyOf(photos);
        details = details == null ? ModelDetails.NONE : details;
    }

    public record NewPhoto(UUID mediaId, String caption, String credit) {}
}
