package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts published models per geotile cell with the centroid of each cell's models, in one aggregation, and reads the
 * models of a view when few are in it. The requests are built here and nowhere else, so a benchmark's baseline can
 * send exactly what the map sends. They are built with the typed client's builders, like every other search, but
 * sent with the low-level client and read by {@link MapAnswer}: the typed client read up to a thousand cells into a
 * tree of objects that the map then copied into its own records (ADR 30).
 */
@Component
class GridAggregation {

    private static final String CELLS = "cells";

    private final RestClient rest;
    private final JsonpMapper mapper;
    private final ModelIndex index;
    private final SearchProperties properties;

    GridAggregation(
            RestClient searchRestClient,
            ElasticsearchAsyncClient client,
            ModelIndex index,
            SearchProperties properties) {
        this.rest = searchRestClient;
        this.mapper = client._jsonpMapper();
        this.index = index;
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
    MapQuery cellsRequest(List<Query> filters, int precision, int maxCells, int models) {
        return query(SearchRequest.of(s -> {
            s.size(models)
                    .trackTotalHits(t -> t.enabled(false))
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
        }));
    }

    /** The models themselves, unsorted, once the cells have counted no more than {@code models} of them. */
    MapQuery modelsRequest(List<Query> filters, int models) {
        return query(SearchRequest.of(s -> s.size(models)
                .trackTotalHits(t -> t.enabled(false))
                .source(r -> r.filter(f -> f.includes(MarkerSource.FIELDS)))
                .query(q -> q.bool(b -> b.filter(filters)))));
    }

    /** Read on the client's I/O thread, as the typed client did; cancelling the Mono aborts the request. */
    Mono<MapAnswer> send(MapQuery query) {
        return Mono.create(sink -> {
            Cancellable call = rest.performRequestAsync(query.request(), new ResponseListener() {
                @Override
                public void onSuccess(Response response) {
                    try (InputStream body = response.getEntity().getContent()) {
                        sink.success(MapAnswer.read(body));
                    } catch (IOException | RuntimeException e) {
                        sink.error(e);
                    }
                }

                @Override
                public void onFailure(Exception e) {
                    sink.error(e);
                }
            });
            sink.onCancel(call::cancel);
        });
    }

    /**
     * The body as the typed client would send it; no {@code typed_keys}, so the aggregation keeps its plain name,
     * and a {@code filter_path}, so the answer carries only what {@link MapAnswer} reads.
     */
    private MapQuery query(SearchRequest search) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        try (JsonGenerator json = mapper.jsonProvider().createGenerator(body)) {
            search.serialize(json, mapper);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        // Absent, the index decides, and it caches answers without models (the default).
        if (!properties.mapRequestCache()) {
            parameters.put("request_cache", "false");
        }
        parameters.put("filter_path", MapAnswer.FILTER_PATH);
        return new MapQuery("/" + index.alias() + "/_search", parameters, body.toByteArray());
    }
}
