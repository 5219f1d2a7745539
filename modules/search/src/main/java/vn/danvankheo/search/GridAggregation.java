package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.LatLonGeoLocation;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts published models per geotile cell with the centroid of each cell's models, in one aggregation, and reads the
 * models of a view when few are in it. The requests are built here and nowhere else, so a benchmark's baseline can
 * send exactly what the map sends.
 */
@Component
class GridAggregation {

    private static final String CELLS = "cells";

    private final ElasticsearchAsyncClient client;
    private final ModelIndex index;
    private final SearchProperties properties;

    GridAggregation(ElasticsearchAsyncClient client, ModelIndex index, SearchProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    /**
     * @param maxCells more than the cells the query can fill, or the rarest cells are cut off and the counts no
     *     longer add up to the total
     */
    Mono<List<MapCluster>> cells(List<Query> filters, int precision, int maxCells) {
        return SearchCalls.guarded(
                send(cellsRequest(filters, precision, maxCells, 0)).map(GridAggregation::cells),
                properties.timeout(),
                List.of());
    }

    /**
     * The cells and, in the same request, up to {@code models} of the models, unsorted: where a view usually holds
     * few models, the map then needs no second request to show them one by one.
     */
    SearchRequest cellsRequest(List<Query> filters, int precision, int maxCells, int models) {
        return SearchRequest.of(s -> {
            s.index(index.alias())
                    .size(models)
                    .trackTotalHits(t -> t.enabled(false))
                    .requestCache(requestCache())
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .aggregations(
                            CELLS,
                            a -> a.geotileGrid(g -> g.field("location")
                                            .precision(precision)
                                            .size(maxCells))
                                    .aggregations("centroid", c -> c.geoCentroid(gc -> gc.field("location"))));
            if (models > 0) {
                // Unsorted: the models are used only when all of them fit, so any order will do and Elasticsearch
                // may stop collecting them at the count.
                s.source(r -> r.filter(f -> f.includes(MarkerSource.FIELDS)));
            }
            return s;
        });
    }

    /** The models themselves, unsorted, once the cells have counted no more than {@code models} of them. */
    SearchRequest modelsRequest(List<Query> filters, int models) {
        return SearchRequest.of(s -> s.index(index.alias())
                .size(models)
                .trackTotalHits(t -> t.enabled(false))
                .requestCache(requestCache())
                .source(r -> r.filter(f -> f.includes(MarkerSource.FIELDS)))
                .query(q -> q.bool(b -> b.filter(filters))));
    }

    Mono<SearchResponse<MarkerSource>> send(SearchRequest request) {
        return Mono.defer(() -> Mono.fromFuture(client.search(request, MarkerSource.class)));
    }

    /** Null leaves the choice to the index, which caches answers without models (the default). */
    private Boolean requestCache() {
        return properties.mapRequestCache() ? null : false;
    }

    static List<MapCluster> cells(SearchResponse<?> response) {
        List<GeoTileGridBucket> buckets = buckets(response);
        List<MapCluster> cells = new ArrayList<>(buckets.size());
        for (GeoTileGridBucket bucket : buckets) {
            LatLonGeoLocation centroid = bucket.aggregations()
                    .get("centroid")
                    .geoCentroid()
                    .location()
                    .latlon();
            cells.add(new MapCluster(
                    centroid.lat(),
                    centroid.lon(),
                    bucket.docCount(),
                    MapTile.parse(bucket.key()).bounds()));
        }
        return List.copyOf(cells);
    }

    /** The models the cells of an answer count together. */
    static long total(SearchResponse<?> response) {
        long total = 0;
        for (GeoTileGridBucket bucket : buckets(response)) {
            total += bucket.docCount();
        }
        return total;
    }

    private static List<GeoTileGridBucket> buckets(SearchResponse<?> response) {
        Aggregate cells = response.aggregations().get(CELLS);
        return cells == null ? List.of() : cells.geotileGrid().buckets().array();
    }
}
