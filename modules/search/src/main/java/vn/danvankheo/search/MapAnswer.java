package vn.danvankheo.search;

import static vn.danvankheo.search.AnswerReading.JSON;
import static vn.danvankheo.search.AnswerReading.forEachBucket;
import static vn.danvankheo.search.AnswerReading.forEachHit;
import static vn.danvankheo.search.AnswerReading.forEachProperty;
import static vn.danvankheo.search.AnswerReading.string;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JsonParser;
import vn.danvankheo.catalog.Field;

/**
 * What Elasticsearch answered a {@link IndexQuery}: the grid's cells and the models, read with Jackson's streaming
 * parser straight into the map's records, where the typed client built a tree of objects per cell first (bucket,
 * aggregate variant, map of sub-aggregations, centroid) for the map to copy.
 * The query's {@code filter_path} leaves only what is read here in the answer.
 */
record MapAnswer(List<MapCluster> cells, List<MapMarker> models) {

    /** What the answer keeps: each cell's key, count and centroid, and each model's marker fields. */
    static final String FILTER_PATH = "hits.hits._source,aggregations.cells.buckets.key,"
            + "aggregations.cells.buckets.doc_count,aggregations.cells.buckets.centroid.location";

    /** The name of the aggregation of cells, in the request and in the answer. */
    static final String CELLS = "cells";

    /** The models the cells count together. */
    long total() {
        return cells.stream().mapToLong(MapCluster::count).sum();
    }

    static MapAnswer read(InputStream body) {
        List<MapCluster> cells = new ArrayList<>();
        List<MapMarker> models = new ArrayList<>();
        try (JsonParser json = JSON.createParser(body)) {
            json.nextToken();
            forEachProperty(json, top -> {
                switch (top) {
                    case "aggregations" -> forEachBucket(json, CELLS, () -> cells.add(cell(json)));
                    case "hits" ->
                        forEachHit(json, name -> {
                            if (name.equals("_source")) {
                                MapMarker model = model(json);
                                if (model != null) {
                                    models.add(model);
                                }
                            } else {
                                json.skipChildren();
                            }
                        });
                    default -> json.skipChildren();
                }
            });
        }
        return new MapAnswer(List.copyOf(cells), List.copyOf(models));
    }

    /**
     * Only the cells' counts added up, nothing else read: what a client must at least do with the first answer to
     * know whether the models come in a second request.
     */
    static long total(InputStream body) {
        long[] total = {0};
        try (JsonParser json = JSON.createParser(body)) {
            json.nextToken();
            forEachProperty(json, top -> {
                if (top.equals("aggregations")) {
                    forEachBucket(
                            json,
                            CELLS,
                            () -> forEachProperty(json, name -> {
                                if (name.equals("doc_count")) {
                                    total[0] += json.getLongValue();
                                } else {
                                    json.skipChildren();
                                }
                            }));
                } else {
                    json.skipChildren();
                }
            });
        }
        return total[0];
    }

    private static MapCluster cell(JsonParser json) {
        String[] key = {null};
        long[] count = {0};
        double[] centroid = {Double.NaN, Double.NaN};
        forEachProperty(json, name -> {
            switch (name) {
                case "key" -> key[0] = json.getString();
                case "doc_count" -> count[0] = json.getLongValue();
                case "centroid" ->
                    forEachProperty(json, inner -> {
                        if (inner.equals("location")) {
                            latLon(json, centroid);
                        } else {
                            json.skipChildren();
                        }
                    });
                default -> json.skipChildren();
            }
        });
        return new MapCluster(
                centroid[0], centroid[1], count[0], MapTile.parse(key[0]).bounds());
    }

    /** A model's indexed marker fields ({@link MarkerSource}); null for a source without an id. */
    private static MapMarker model(JsonParser json) {
        String[] text = new String[8];
        double[] location = {Double.NaN, Double.NaN};
        int[] yearStarted = {0};
        forEachProperty(json, name -> {
            switch (name) {
                case "id" -> text[0] = string(json);
                case "slug" -> text[1] = string(json);
                case "name" -> text[2] = string(json);
                case "field" -> text[3] = string(json);
                case "communeName" -> text[4] = string(json);
                case "provinceName" -> text[5] = string(json);
                case "photoId" -> text[6] = string(json);
                case "yearStarted" -> yearStarted[0] = json.getIntValue();
                case "location" -> latLon(json, location);
                default -> json.skipChildren();
            }
        });
        if (text[0] == null) {
            return null;
        }
        return new MapMarker(
                UUID.fromString(text[0]),
                text[1],
                text[2],
                Field.valueOf(text[3]),
                location[0],
                location[1],
                text[4],
                text[5],
                yearStarted[0],
                text[6] == null ? null : UUID.fromString(text[6]));
    }

    private static void latLon(JsonParser json, double[] latLon) {
        forEachProperty(json, name -> {
            switch (name) {
                case "lat" -> latLon[0] = json.getDoubleValue();
                case "lon" -> latLon[1] = json.getDoubleValue();
                default -> json.skipChildren();
            }
        });
    }
}
