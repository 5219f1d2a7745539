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
import tools.jackson.core.JsonToken;

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
        String[] text = new String[11];
        int[] yearStarted = {0};
        boolean[] flags = new boolean[3];
        List<ModelDocument.RecognitionEntry> recognitions = new ArrayList<>();
        forEachProperty(json, name -> {
            switch (name) {
                case "id" -> text[0] = string(json);
                case "slug" -> text[1] = string(json);
                case "name" -> text[2] = string(json);
                case "summary" -> text[3] = string(json);
                case "storyText" -> text[4] = string(json);
                case "photoId" -> text[5] = string(json);
                case "communeName" -> text[6] = string(json);
                case "provinceName" -> text[7] = string(json);
                case "field" -> text[8] = string(json);
                case "ownerKind" -> text[9] = string(json);
                case "updatedAt" ->
                    text[10] = json.currentToken() == JsonToken.VALUE_NUMBER_INT
                            ? Instant.ofEpochMilli(json.getLongValue()).toString()
                            : string(json);
                case "yearStarted" -> yearStarted[0] = json.getIntValue();
                case "continuing" -> flags[0] = json.getBooleanValue();
                case "hasPhotos" -> flags[1] = json.getBooleanValue();
                case "hasVideo" -> flags[2] = json.getBooleanValue();
                case "recognitions" -> forEachElement(json, () -> recognitions.add(recognition(json)));
                default -> json.skipChildren();
            }
        });
        return new ModelDocument(
                text[0],
                text[1],
                text[2],
                null,
                null,
                text[8],
                text[9],
                flags[0],
                flags[1],
                flags[2],
                List.copyOf(recognitions),
                null,
                text[7],
                null,
                text[6],
                null,
                yearStarted[0],
                text[3],
                null,
                text[5],
                null,
                text[10] == null ? null : Instant.parse(text[10]),
                null,
                null,
                null,
                null,
                null,
                text[4],
                null,
                null);
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
