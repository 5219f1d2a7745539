package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.Field;

/**
 * Where the press may find a story: models recognised lately, models whose public side changed this week and has
 * photos or video, and the fields and provinces whose models have gone longest without news.
 */
@Service
public class StoryLeads {

    static final int LEADS = 10;
    static final Duration THIS_WEEK = Duration.ofDays(7);
    static final Duration RECENT_COVERAGE = Duration.ofDays(90);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ElasticsearchAsyncClient client;
    private final ModelIndex index;
    private final SearchProperties properties;
    private final Clock clock;

    StoryLeads(
            ElasticsearchAsyncClient client,
            ModelIndex index,
            SearchProperties properties,
            ObjectProvider<Clock> clock) {
        this.client = client;
        this.index = index;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Mono<Leads> now() {
        Instant now = clock.instant();
        int lastYear = now.atZone(VIETNAM).getYear() - 1;
        Query recognisedLately = Query.of(q -> q.nested(n -> n.path("recognitions")
                .query(r ->
                        r.range(y -> y.number(v -> v.field("recognitions.year").gte((double) lastYear))))));
        Query freshMedia = Query.of(q -> q.bool(b -> b.filter(f -> f.range(r -> r.date(
                        d -> d.field("updatedAt").gte(now.minus(THIS_WEEK).toString()))))
                .filter(f -> f.bool(m -> m.should(
                                s -> s.term(t -> t.field("hasPhotos").value(true)))
                        .should(s -> s.term(t -> t.field("hasVideo").value(true)))))));
        Query recent = Query.of(q -> q.range(r ->
                r.date(d -> d.field("updatedAt").gte(now.minus(RECENT_COVERAGE).toString()))));
        Mono<List<FoundModel>> recognised = latest(recognisedLately);
        Mono<List<FoundModel>> fresh = latest(freshMedia);
        Mono<Optional<SearchResponse<Void>>> coverage = SearchCalls.guarded(
                Mono.defer(() -> Mono.fromFuture(client.search(
                                s -> s.index(index.alias())
                                        .size(0)
                                        .aggregations(
                                                "field",
                                                a -> a.terms(t ->
                                                                t.field("field").size(Field.values().length))
                                                        .aggregations("recent", r -> r.filter(recent)))
                                        .aggregations(
                                                "province",
                                                a -> a.terms(t -> t.field("provinceName")
                                                                .size(40))
                                                        .aggregations("recent", r -> r.filter(recent))),
                                Void.class)))
                        .map(Optional::of),
                properties.timeout(),
                Optional.empty());
        return Mono.zip(recognised, fresh, coverage)
                .map(all -> new Leads(
                        all.getT1(),
                        all.getT2(),
                        all.getT3()
                                .map(r -> quiet(r.aggregations().get("field"), true))
                                .orElse(List.of()),
                        all.getT3()
                                .map(r -> quiet(r.aggregations().get("province"), false))
                                .orElse(List.of())));
    }

    private Mono<List<FoundModel>> latest(Query query) {
        Highlighter none = new Highlighter(UnderstoodQuery.everything());
        return SearchCalls.guarded(
                Mono.defer(() -> Mono.fromFuture(client.search(
                                s -> s.index(index.alias())
                                        .size(LEADS)
                                        .query(query)
                                        .sort(o -> o.field(
                                                f -> f.field("updatedAt").order(SortOrder.Desc))),
                                ModelDocument.class)))
                        .map(response -> response.hits().hits().stream()
                                .map(Hit::source)
                                .filter(Objects::nonNull)
                                .map(doc -> ModelSearch.found(doc, none))
                                .toList()),
                properties.timeout(),
                List.of());
    }

    /** Fewest models with news in the last {@link #RECENT_COVERAGE} first. */
    private static List<Coverage> quiet(Aggregate terms, boolean fields) {
        return terms.sterms().buckets().array().stream()
                .map(b -> new Coverage(
                        b.key().stringValue(),
                        fields
                                ? Field.valueOf(b.key().stringValue()).labelVi()
                                : b.key().stringValue(),
                        b.docCount(),
                        b.aggregations().get("recent").filter().docCount()))
                .sorted(Comparator.comparingLong(Coverage::recentlyUpdated).thenComparing(Coverage::value))
                .limit(LEADS)
                .toList();
    }

    /**
     * @param freshMedia models changed this week that have photos or video (the index knows a model changed, not
     *     which part)
     */
    public record Leads(
            List<FoundModel> recentlyRecognised,
            List<FoundModel> freshMedia,
            List<Coverage> quietFields,
            List<Coverage> quietProvinces) {}

    /** @param recentlyUpdated how many of the {@code models} had news in the last 90 days */
    public record Coverage(String value, String label, long models, long recentlyUpdated) {}
}
