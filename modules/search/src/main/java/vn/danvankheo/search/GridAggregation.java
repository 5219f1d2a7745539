package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts published models per geotile cell with the centroid of each cell's models, in one aggregation, and reads the
 * models of a view when few are in it. The requests are built here and nowhere else, so a benchmark's baseline can
 * send exactly what the map sends. They are sent by {@link IndexReads} and read by {@link MapAnswer}: the typed
 * client read up to a thousand cells into a tree of objects that the map then copied into its own records (ADR 30).
 */
@Component
class GridAggregation {

    private final IndexReads reads;
    private final SearchProperties properties;

    GridAggregation(IndexReads reads, SearchProperties properties) {
        this.reads = reads;
        this.properties = properties;
    }

    /**
     * @param maxCells more than the cells the query can fill, or the rarest cells are cut off and the counts no
     *     longer add up to the total
     */
    Mono<List<MapCluster>> cells(List<Query> filters, int precision, int maxCells) {
        return SearchCalls.guarded(
                send(cellsRequest(filters, precision, maxCells, 0)).map(MapAnswer::cells),
                properties.timeout(),
                List.of());
    }

    /**
     * The cells and, in the same request, up to {@code models} of the models, unsorted: where a view usually holds
     * few models, the map then needs no second request to show them one by one.
     */
    IndexQuery cellsRequest(List<Query> filters, int precision, int maxCells, int models) {
        return query(SearchRequest.of(s -> {
            s.size(models)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .aggregations(
                            MapAnswer.CELLS,
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
        }));
    }

    /** The models themselves, unsorted, once the cells have counted no more than {@code models} of them. */
    IndexQuery modelsRequest(List<Query> filters, int models) {
        return query(SearchRequest.of(s -> s.size(models)
                .trackTotalHits(t -> t.enabled(false))
                .source(r -> r.filter(f -> f.includes(MarkerSource.FIELDS)))
                .query(q -> q.bool(b -> b.filter(filters)))));
    }

    Mono<MapAnswer> send(IndexQuery query) {
        return reads.send(query, MapAnswer::read);
    }

    /** Only what {@link MapAnswer} reads is in the answer. */
    private IndexQuery query(SearchRequest search) {
        return reads.query(search, MapAnswer.FILTER_PATH, properties.mapRequestCache());
    }
}
