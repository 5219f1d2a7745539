package vn.danvankheo.search;

import static vn.danvankheo.search.AnswerReading.JSON;
import static vn.danvankheo.search.AnswerReading.forEachBucket;
import static vn.danvankheo.search.AnswerReading.forEachProperty;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * What Elasticsearch answered for the total and the facets: the number of matches, and the count of each {@code
 * facet:value} keyword among them.
 */
record FacetAnswer(long total, List<Bucket> buckets) {

    /** The name of the one terms aggregation over every facet value, in the request and in the answer. */
    static final String FACETS = "facets";

    static final String FILTER_PATH =
            "hits.total.value,aggregations." + FACETS + ".buckets.key,aggregations." + FACETS + ".buckets.doc_count";

    /** @param key {@code facet:value}, as the model documents' {@code facetValues} hold it */
    record Bucket(String key, long count) {}

    static FacetAnswer read(InputStream body) {
        long[] total = {0};
        List<Bucket> buckets = new ArrayList<>();
        try (JsonParser json = JSON.createParser(body)) {
            json.nextToken();
            forEachProperty(json, top -> {
                switch (top) {
                    case "hits" ->
                        forEachProperty(json, hits -> {
                            if (hits.equals("total")) {
                                forEachProperty(json, name -> {
                                    if (name.equals("value")) {
                                        total[0] = json.getLongValue();
                                    } else {
                                        json.skipChildren();
                                    }
                                });
                            } else {
                                json.skipChildren();
                            }
                        });
                    case "aggregations" -> forEachBucket(json, FACETS, () -> buckets.add(bucket(json)));
                    default -> json.skipChildren();
                }
            });
        }
        return new FacetAnswer(total[0], List.copyOf(buckets));
    }

    private static Bucket bucket(JsonParser json) {
        String[] key = {null};
        long[] count = {0};
        forEachProperty(json, name -> {
            switch (name) {
                case "key" -> key[0] = json.getString();
                case "doc_count" -> count[0] = json.getLongValue();
                default -> json.skipChildren();
            }
        });
        return new Bucket(key[0], count[0]);
    }
}
