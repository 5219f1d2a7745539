package vn.danvankheo.search;

import static vn.danvankheo.search.AnswerReading.JSON;
import static vn.danvankheo.search.AnswerReading.forEachElement;
import static vn.danvankheo.search.AnswerReading.forEachHit;
import static vn.danvankheo.search.AnswerReading.forEachProperty;
import static vn.danvankheo.search.AnswerReading.string;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What Elasticsearch answered for a page of results: of each model the parts of its document a result shows ({@link
 * #FIELDS}), and the sort values of the last, from which the next page starts.
 *
 * @param lastSort empty when the page is empty
 */
record PageAnswer(List<ModelDocument> models, List<FieldValue> lastSort) {

    /** What a result shows of a document; the rest (the folded and exact texts, the facet values) is most of its bytes. */
    static final List<String> FIELDS = List.of(
            "id",
            "slug",
            "name",
            "summary",
            "storyText",
            "photoId",
            "communeName",
            "provinceName",
            "field",
            "yearStarted",
            "updatedAt",
            "recognitions",
            "continuing",
            "ownerKind",
            "hasVideo",
            "hasPhotos");

    static final String FILTER_PATH = "hits.hits._source,hits.hits.sort";

    static PageAnswer read(InputStream body) {
        List<ModelDocument> models = new ArrayList<>();
        List<List<FieldValue>> sorts = new ArrayList<>();
        try (JsonParser json = JSON.createParser(body)) {
            json.nextToken();
            forEachProperty(json, top -> {
                if (top.equals("hits")) {
                    forEachHit(json, name -> {
                        switch (name) {
                            case "_source" -> models.add(model(json));
                            case "sort" -> sorts.add(sortValues(json));
                            default -> json.skipChildren();
                        }
                    });
                } else {
                    json.skipChildren();
                }
            });
        }
        return new PageAnswer(List.copyOf(models), sorts.isEmpty() ? List.of() : sorts.get(sorts.size() - 1));
    }

    /** The fields of {@link #FIELDS}; those of the document no result shows stay empty. */
    private static ModelDocument model(JsonParser json) {
        Shown shown = new Shown();
        forEachProperty(json, name -> {
            switch (name) {
                case "id" -> shown.id = string(json);
                case "slug" -> shown.slug = string(json);
                case "name" -> shown.name = string(json);
                case "summary" -> shown.summary = string(json);
                case "storyText" -> shown.storyText = string(json);
                case "photoId" -> shown.photoId = string(json);
                case "communeName" -> shown.communeName = string(json);
                case "provinceName" -> shown.provinceName = string(json);
                case "field" -> shown.field = string(json);
                case "ownerKind" -> shown.ownerKind = string(json);
                case "updatedAt" -> shown.updatedAt = instant(json);
                case "yearStarted" -> shown.yearStarted = json.getIntValue();
                case "continuing" -> shown.continuing = json.getBooleanValue();
                case "hasPhotos" -> shown.hasPhotos = json.getBooleanValue();
                case "hasVideo" -> shown.hasVideo = json.getBooleanValue();
                case "recognitions" -> forEachElement(json, () -> shown.recognitions.add(recognition(json)));
                default -> json.skipChildren();
            }
        });
        return new ModelDocument(
                shown.id,
                shown.slug,
                shown.name,
                null,
                null,
                shown.field,
                shown.ownerKind,
                shown.continuing,
                shown.hasPhotos,
                shown.hasVideo,
                List.copyOf(shown.recognitions),
                null,
                shown.provinceName,
                null,
                shown.communeName,
                null,
                shown.yearStarted,
                shown.summary,
                null,
                shown.photoId,
                null,
                shown.updatedAt,
                null,
                null,
                null,
                null,
                null,
                shown.storyText,
                null,
                null);
    }

    /** As the index holds it: ISO-8601 text, or milliseconds since the epoch. */
    private static Instant instant(JsonParser json) {
        return switch (json.currentToken()) {
            case VALUE_NUMBER_INT -> Instant.ofEpochMilli(json.getLongValue());
            case VALUE_NULL -> null;
            default -> Instant.parse(json.getString());
        };
    }

    /** What a result shows of one document, as it is read. */
    private static final class Shown {
        String id;
        String slug;
        String name;
        String summary;
        String storyText;
        String photoId;
        String communeName;
        String provinceName;
        String field;
        String ownerKind;
        Instant updatedAt;
        int yearStarted;
        boolean continuing;
        boolean hasPhotos;
        boolean hasVideo;
        final List<ModelDocument.RecognitionEntry> recognitions = new ArrayList<>();
    }

    private static ModelDocument.RecognitionEntry recognition(JsonParser json) {
        String[] level = {null};
        int[] year = {0};
        forEachProperty(json, name -> {
            switch (name) {
                case "level" -> level[0] = string(json);
                case "year" -> year[0] = json.getIntValue();
                default -> json.skipChildren();
            }
        });
        return new ModelDocument.RecognitionEntry(level[0], year[0]);
    }

    /** As the typed client reads them: whole numbers as longs, others as doubles. */
    private static List<FieldValue> sortValues(JsonParser json) {
        List<FieldValue> values = new ArrayList<>();
        forEachElement(
                json,
                () -> values.add(
                        switch (json.currentToken()) {
                            case VALUE_NUMBER_INT -> FieldValue.of(json.getLongValue());
                            case VALUE_NUMBER_FLOAT -> FieldValue.of(json.getDoubleValue());
                            case VALUE_STRING -> FieldValue.of(json.getString());
                            case VALUE_TRUE, VALUE_FALSE -> FieldValue.of(json.getBooleanValue());
                            default -> {
                                json.skipChildren();
                                yield FieldValue.NULL;
                            }
                        }));
        return List.copyOf(values);
    }
}
