package vn.danvankheo.catalog;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a unit gives when it registers a model, naming the unit by its id. The locality is a point and the commune the unit declares; names come
 * from the official list, never from the submitter. {@code replicates} is the id of the published model this one
 * replicates or learned from ("nhân rộng"), or null.
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
        ModelDetails details,
        UUID replicates) {

    public NewModel {
        Objects.requireNonNull(location, "location");
        photos = photos == null ? List.of() : List.copyOf(photos);
        details = details == null ? ModelDetails.NONE : details;
    }

    /** A registration of a model that names no model it replicates. */
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
            List<NewPhoto> photos,
            ModelDetails details) {
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
                details,
                null);
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
                null,
                null);
    }

    public record Location(double latitude, double longitude, String communeCode) {}

    public record NewPhoto(UUID mediaId, String caption, String credit) {}
}
