package vn.danvankheo.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.catalog.ProgressUpdate.UpdateMedia;
import vn.danvankheo.places.VietnameseText;

/**
 * The shape of a published model in the search index; see resources/search/models-v4.json.
 *
 * @param hasPhotos photos of the model or of an approved update
 * @param hasVideo a video in an approved update, the only place models carry videos
 * @param recognitions the model's recognitions by level and year, as the committees decided them
 * @param facetValues every facet value of the model as {@code facet:value}, named as {@link ModelSearch}'s facets:
 *     one aggregation over them counts every facet at once, far cheaper than one aggregation per facet
 * @param nameWords the words of the name, by which (then {@code summaryWords}) the index keeps its models: models
 *     whose short name and summary hold the query's words score highest, and with them together Lucene can skip
 *     blocks of longer ones that can no longer reach a page (ADR 0032)
 */
record ModelDocument(
        String id,
        String slug,
        String name,
        String nameFolded,
        String ownerName,
        String field,
        String ownerKind,
        boolean continuing,
        boolean hasPhotos,
        boolean hasVideo,
        List<RecognitionEntry> recognitions,
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
        Instant updatedAt,
        List<String> facetValues,
        // Search text (issue 11): never shown except storyText. The exact fields keep diacritics with tone marks in
        // one placement, the folded ones have none; both are made here because the server has no analysis-common. The
        // index copies the four folded texts into one field, textFolded, which every word of a query must match.
        String nameExact,
        String summaryExact,
        // Boxed: a reader that asks for only some fields of the source (exports) gets none for these.
        Integer nameWords,
        Integer summaryWords,
        String storyText,
        String storyFolded,
        String ownerFolded) {

    /**
     * The version of what this record holds and how {@link #of} makes it: a change to either must raise it, so the
     * documents kept from before (see {@link IndexedDocuments}) are made again from the catalog by the next rebuild.
     */
    static final int FORMAT = 2;

    record GeoPoint(double lat, double lon) {}

    /** @param level a recognition level's constant name, as {@link ModelFilter.Recognition} names it */
    record RecognitionEntry(String level, int year) {}

    static ModelDocument of(ModelView model, List<ProgressUpdate> publishedTimeline) {
        List<UpdateMedia> updateMedia = publishedTimeline.stream()
                .flatMap(update -> update.media().stream())
                .toList();
        ModelProfile profile = model.profile();
        ModelView.TodaysNames today = model.locality().today();
        String story = StoryText.of(profile.story());
        boolean hasPhotos =
                !model.photos().isEmpty() || updateMedia.stream().anyMatch(m -> m.kind() == UpdateMedia.Kind.PHOTO);
        boolean hasVideo = updateMedia.stream().anyMatch(m -> m.kind() == UpdateMedia.Kind.VIDEO);
        List<RecognitionEntry> recognitions = model.recognitions().stream()
                .map(badge -> new RecognitionEntry(badge.level().name(), badge.year()))
                .toList();
        List<String> facetValues = new ArrayList<>(List.of(
                "field:" + profile.field().name(),
                "province:" + model.locality().provinceCode(),
                "owner:" + profile.ownerKind().name(),
                "stage:" + model.details().continuing(),
                "hasPhotos:" + hasPhotos,
                "hasVideo:" + hasVideo,
                "yearStarted:" + profile.yearStarted()));
        recognitions.stream().map(r -> "recognition:" + r.level()).distinct().forEach(facetValues::add);
        recognitions.stream().map(r -> "recognitionYear:" + r.year()).distinct().forEach(facetValues::add);
        return new ModelDocument(
                model.id().toString(),
                model.slug(),
                profile.name(),
                VietnameseText.fold(profile.name()),
                profile.ownerName(),
                profile.field().name(),
                profile.ownerKind().name(),
                model.details().continuing(),
                hasPhotos,
                hasVideo,
                recognitions,
                model.locality().provinceCode(),
                today.provinceName(),
                model.place().communeCode(),
                today.communeName(),
                new GeoPoint(model.place().latitude(), model.place().longitude()),
                profile.yearStarted(),
                profile.summary(),
                VietnameseText.fold(profile.summary()),
                model.photos().isEmpty()
                        ? null
                        : model.photos().get(0).mediaId().toString(),
                model.state().publishedAt(),
                model.state().updatedAt(),
                facetValues,
                VietnameseText.canonicalTones(profile.name()),
                VietnameseText.canonicalTones(profile.summary()),
                words(profile.name()),
                words(profile.summary()),
                story,
                VietnameseText.fold(story),
                VietnameseText.fold(profile.ownerName()));
    }

    /** Runs of letters and digits, as the index's standard analyzer counts a text's words. */
    static int words(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(c);
        }
        return words;
    }
}
