package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.BoundingBox;

/** The list beside the map: the same models as the map (same filter, same view), sorted and a page at a time. */
@Service
public class ModelList {

    public static final int PAGE_SIZE = 20;

    /** Elasticsearch pages by offset up to 10,000 hits; further, a narrower view or filter is the way on. */
    public static final int LAST_PAGE = 10_000 / PAGE_SIZE;

    private final ElasticsearchAsyncClient client;
    private final ModelIndex index;
    private final SearchProperties properties;

    ModelList(ElasticsearchAsyncClient client, ModelIndex index, SearchProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    public enum Order {
        NEWEST,
        NAME,
        STARTED;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Order parse(String value) {
            if (value == null || value.isBlank()) {
                return NEWEST;
            }
            for (Order order : values()) {
                if (order.parameter().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return order;
                }
            }
            throw new InvalidModelFilterException("Cách sắp xếp \"" + value
                    + "\" không hợp lệ; dùng newest (mới công bố), name (theo tên) hoặc started (năm bắt đầu).");
        }

        private List<SortOptions> sort() {
            SortOptions byName =
                    SortOptions.of(s -> s.field(f -> f.field("name.sort").order(SortOrder.Asc)));
            SortOptions newest =
                    SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
            SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
            return switch (this) {
                case NEWEST -> List.of(newest, byId);
                case NAME -> List.of(byName, byId);
                case STARTED ->
                    List.of(
                            SortOptions.of(
                                    s -> s.field(f -> f.field("yearStarted").order(SortOrder.Desc))),
                            byName,
                            byId);
            };
        }
    }

    /** Reads a 1-based page number; blank is the first page. */
    public static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= LAST_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // Answered below, like a page out of range.
        }
        throw new InvalidModelFilterException("Trang \"" + value + "\" không hợp lệ: cần một số từ 1 đến " + LAST_PAGE
                + "; thu hẹp vùng xem hoặc bộ lọc để xem các mô hình còn lại.");
    }

    public Mono<ModelPage> page(BoundingBox box, ModelFilter filter, Order order, int page) {
        List<Query> filters = new ArrayList<>(filter.clauses());
        filters.add(MapMarkers.inside(box));
        return search(filters, order, (page - 1) * PAGE_SIZE, PAGE_SIZE, page);
    }

    /**
     * The {@code count} newest models of the whole country with the total, for the front page: no view to filter by
     * and no more documents than it shows, so the first page a visitor sees waits as little as it can.
     */
    public Mono<ModelPage> newest(int count) {
        return search(List.of(), Order.NEWEST, 0, count, 1);
    }

    private Mono<ModelPage> search(List<Query> filters, Order order, int from, int size, int page) {
        return SearchCalls.guarded(
                Mono.defer(() -> Mono.fromFuture(client.search(
                                s -> s.index(index.alias())
                                        .from(from)
                                        .size(size)
                                        .trackTotalHits(t -> t.enabled(true))
                                        .source(r -> r.filter(f -> f.includes(MarkerSource.FIELDS)))
                                        .query(q -> q.bool(b -> b.filter(filters)))
                                        .sort(order.sort()),
                                MarkerSource.class)))
                        .map(response -> new ModelPage(
                                response.hits().hits().stream()
                                        .map(Hit::source)
                                        .filter(Objects::nonNull)
                                        .map(MapMarkers::marker)
                                        .toList(),
                                response.hits().total() == null
                                        ? 0
                                        : response.hits().total().value(),
                                page)),
                properties.timeout(),
                new ModelPage(List.of(), 0, page));
    }

    /** @param total every model matching, on all pages */
    public record ModelPage(List<MapMarker> models, long total, int page) {

        public int pages() {
            return (int) Math.min(LAST_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }
}
