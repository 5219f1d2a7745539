package vn.danvankheo.search;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The part of an indexed model that a marker or a line of the map's list shows: only these fields are read from the
 * index for them, so a page of markers does not carry the models' stories.
 */
record MarkerSource(
        String id,
        String slug,
        String name,
        String field,
        ModelDocument.GeoPoint location,
        String communeName,
        String provinceName,
        int yearStarted,
        String photoId) {

    /** The fields asked of the index: this record's components, so the two cannot drift apart. */
    static final List<String> FIELDS = Arrays.stream(MarkerSource.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();
}
