package vn.danvankheo.search;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** Walking Elasticsearch's answers with Jackson's streaming parser, for the readers of {@link IndexReads}. */
final class AnswerReading {

    static final JsonFactory JSON = new JsonFactory();

    private AnswerReading() {}

    /**
     * Each property of the object the parser is on, with the parser on its value; {@code property} leaves it on the
     * value's last token. A value that is not an object is passed over.
     */
    static void forEachProperty(JsonParser json, PropertyReader property) {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            property.read(name);
        }
    }

    /** Each element of the array the parser is on, with the parser on its first token. */
    static void forEachElement(JsonParser json, Runnable element) {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return;
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            element.run();
        }
    }

    /** The parser on the answer's {@code hits}: each hit of {@code hits.hits[]}, property by property. */
    static void forEachHit(JsonParser json, PropertyReader hitProperty) {
        forEachProperty(json, outer -> {
            if (outer.equals("hits")) {
                forEachElement(json, () -> forEachProperty(json, hitProperty));
            } else {
                json.skipChildren();
            }
        });
    }

    /**
     * The parser on the answer's {@code aggregations}: each bucket of {@code aggregations.<aggregation>.buckets[]},
     * with the parser on its start.
     */
    static void forEachBucket(JsonParser json, String aggregation, Runnable bucket) {
        forEachProperty(json, name -> {
            if (name.equals(aggregation)) {
                forEachProperty(json, inner -> {
                    if (inner.equals("buckets")) {
                        forEachElement(json, bucket);
                    } else {
                        json.skipChildren();
                    }
                });
            } else {
                json.skipChildren();
            }
        });
    }

    static String string(JsonParser json) {
        return json.currentToken() == JsonToken.VALUE_NULL ? null : json.getString();
    }

    @FunctionalInterface
    interface PropertyReader {
        void read(String name);
    }
}
