package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.BoundingBox;

/** Published models inside a map viewport, answered by Elasticsearch without blocking the caller's thread. */
@Service
public class MapMarkers {

    static final int MAX_MARKERS = 2_000;

    private final ElasticsearchAsyncClient client;
    private final ModelIndex index;
    private final SearchProperties properties;

    MapMarkers(ElasticsearchAsyncClient client, ModelIndex index, SearchProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    public Mono<MarkerPage> within(BoundingBox box, ModelFilter filter) {
        List<Query> filters = new ArrayList<>();
        filters.add(inside(box));
        filters.addAll(filter.clauses());
        return SearchCalls.guarded(
                Mono.defer(() -> Mono.fromFuture(client.search(
                                s -> s.index(index.alias())
                                        .size(MAX_MARKERS)
                                        .trackTotalHits(t -> t.enabled(true))
                                        .source(r -> r.filter(f -> f.includes(MarkerSource.FIELDS)))
                                        .query(q -> q.bool(b -> b.filter(filters)))
                                        .sort(o -> o.field(
                                                f -> f.field("publishedAt").order(SortOrder.Desc))),
                                MarkerSource.class)))
                        .map(MapMarkers::page),
                properties.timeout(),
                new MarkerPage(List.of(), 0));
    }

    /** Models inside the box, edges included. */
    static Query inside(BoundingBox box) {
        return Query.of(q -> q.geoBoundingBox(g -> g.field("location")
                .boundingBox(b -> b.tlbr(t -> t.topLeft(
                                p -> p.latlon(l -> l.lat(box.north()).lon(box.west())))
                        .bottomRight(p -> p.latlon(l -> l.lat(box.south()).lon(box.east())))))));
    }

    private static MarkerPage page(SearchResponse<MarkerSource> response) {
        List<MapMarker> markers = markers(response);
        long total = response.hits().total() == null
                ? markers.size()
                : response.hits().total().value();
        return new MarkerPage(markers, total);
    }

    static List<MapMarker> markers(SearchResponse<MarkerSource> response) {
        return response.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .map(MapMarkers::marker)
                .toList();
    }

    static MapMarker marker(MarkerSource doc) {
        return new MapMarker(
                UUID.fromString(doc.id()),
                doc.slug(),
                doc.name(),
                Field.valueOf(doc.field()),
                doc.location().lat(),
                doc.location().lon(),
                doc.communeName(),
                doc.provinceName(),
                doc.yearStarted(),
                doc.photoId() == null ? null : UUID.fromString(doc.photoId()));
    }

    /** @param total how many matched; more than the markers returned when the viewport holds too many. */
    public record MarkerPage(List<MapMarker> markers, long total) {
        public boolean truncated() {
            return total > markers.size();
        }
    }
}
