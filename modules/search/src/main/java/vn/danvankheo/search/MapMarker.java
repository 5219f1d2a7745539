package vn.danvankheo.search;

import java.util.UUID;
import vn.danvankheo.catalog.Field;

/** One published model as a point on the public map. */
public record MapMarker(
        UUID id,
        String slug,
        String name,
        Field field,
        double latitude,
        double longitude,
        String communeName,
        String provinceName,
        int yearStarted,
        UUID photoId) {}
