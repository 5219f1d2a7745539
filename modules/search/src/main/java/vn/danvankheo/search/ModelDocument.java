package vn.danvankheo.search;

import java.time.Instant;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.places.VietnameseText;

/** The shape of a published model in the search index; see resources/search/models-v1.json. */
record ModelDocument(
        String id,
        String slug,
        String name,
        String nameFolded,
        String ownerName,
        String field,
        String provinceCode,
        String provinceName,
        String communeCode,
        String communeName,
        GeoPoint location,
        int yearStarted,
        String summary,
        String summaryFolded,
        String photoId,
        Instant publishedAt,
        Instant updatedAt) {

    record GeoPoint(double lat, double lon) {}

    static ModelDocument of(ModelView model) {
        return new ModelDocument(
                model.id().toString(),
                model.slug(),
                model.name(),
                VietnameseText.fold(model.name()),
                model.ownerName(),
                model.field().name(),
                model.provinceCode(),
                model.today().provinceName(),
                model.communeCode(),
                model.today().communeName(),
                new GeoPoint(model.latitude(), model.longitude()),
                model.yearStarted(),
                model.summary(),
                VietnameseText.fold(model.summary()),
                model.photos().isEmpty()
                        ? null
                        : model.photos().get(0).mediaId().toString(),
                model.publishedAt(),
                model.updatedAt());
    }
}
