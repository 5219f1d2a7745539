package vn.danvankheo.catalog;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a unit gives when it registers a model, naming the unit by its id. The locality is a point and the commune the unit declares; names come
 * from the official list, never from the submitter.
 */
public record NewModel(
        String slug,
        String name,
        String ownerName,
        OwnerKind ownerKind,
        UUID registeringUnitId,
        Field field,
        Location location,
        int yearStarted,
        String summary,
        String story,
        List<NewPhoto> photos,
        ModelDetails details) {

    public NewModel {
        Objects.requireNonNull(location, "location");
        photos = photos == null ? List.of() : List.copyOf(photos);
        details = details == null ? ModelDetails.NONE : details;
    }

    /** A registration with only what every model must have; the plan and the rest can follow. */
    public NewModel(
            String slug,
            String name,
            String ownerName,
            OwnerKind ownerKind,
            UUID registeringUnitId,
            Field field,
            Location location,
            int yearStarted,
            String summary,
            String story,
            List<NewPhoto> photos) {
        this(
                slug,
                name,
                ownerName,
                ownerKind,
                registeringUnitId,
                field,
                location,
                yearStarted,
                summary,
                story,
                photos,
                null);
    }

    public record Location(double latitude, double longitude, String communeCode) {}

    public record NewPhoto(UUID mediaId, String caption, String credit) {}
}
