package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.LatLonGeoLocation;
import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Counts published models per geotile cell with the centroid of each cell's models: one aggregation, no documents. */
@Component
class GridAggregation {

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
                Mono.defer(() -> Mono.fromFuture(client.search(
                                s -> s.index(index.alias())
                                        .size(0)
                                        .trackTotalHits(t -> t.enabled(false))
                                        .query(q -> q.bool(b -> b.filter(filters)))
                                        .aggregations(
                                                "cells",
                                                a -> a.geotileGrid(g -> g.field("location")
                                                                .precision(precision)
                                                                .size(maxCells))
                                                        .aggregations(
                                                                "centroid",
                                                                c -> c.geoCentroid(gc -> gc.field("location")))),
                                Void.class)))
                        .map(response -> {
                            List<MapCluster> cells = new ArrayList<>();
                            for (GeoTileGridBucket bucket : response.aggregations()
                                    .get("cells")
                                    .geotileGrid()
                                    .buckets()
                                    .array()) {
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
                        }),
                properties.timeout(),
                List.of());
    }
}
