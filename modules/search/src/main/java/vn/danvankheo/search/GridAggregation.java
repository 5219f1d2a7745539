package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.LatLonGeoLocation;
import co.elastic.clients.elasticsearch._types.aggregations.GeoTileGridBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
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
                search(filters, precision, maxCells, 0).map(GridAggregation::cells), properties.timeout(), List.of());
    }

    /**
     * The cells and, in the same request, up to {@code models} of the models: where a view usually holds few models,
     * the map then needs no second request to show them one by one.
     */
    Mono<CellsAndModels> cellsAndModels(List<Query> filters, int precision, int maxCells, int models) {
        return SearchCalls.guarded(
                search(filters, precision, maxCells, models)
                        .map(response -> new CellsAndModels(cells(response), MapMarkers.markers(response))),
                properties.timeout(),
                new CellsAndModels(List.of(), List.of()));
    }

    record CellsAndModels(List<MapCluster> cells, List<MapMarker> models) {}

    private Mono<SearchResponse<MarkerSource>> search(List<Query> filters, int precision, int maxCells, int models) {
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index.alias())
                    .size(models)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .aggregations(
                            "cells",
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
        return Mono.defer(() -> Mono.fromFuture(client.search(request, MarkerSource.class)));
    }

    private static List<MapCluster> cells(SearchResponse<MarkerSource> response) {
        List<MapCluster> cells = new ArrayList<>();
        for (GeoTileGridBucket bucket :
                response.aggregations().get("cells").geotileGrid().buckets().array()) {
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
}
