package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.Outlines;
import vn.danvankheo.places.PlaceNames.NamedPlace;
import vn.danvankheo.places.PlacesScheduler;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.places.VietnameseText;
import vn.danvankheo.search.SearchResults.FacetCount;

/**
 * Search of published models for journalists: words in any order with or without diacritics, phrases, typos in
 * longer words, places understood as places; facets, marked snippets and stable paging. Ranking: words spelled with
 * the same diacritics count more than folded matches; name and summary more than the story and owner.
 *
 * <p>Cost at a million models grows with the matches, each of which is scored and counted in every facet. So each
 * word is matched once, in the one field holding every folded text, rather than in four; only the name and summary,
 * short texts, are scored again for the ranking; and every facet is counted by one aggregation over the models'
 * {@code facet:value} keywords. The page and the counts are two requests sent at once (ADR 28): the page without a
 * total, so Lucene may skip matches that cannot reach it, and the total with the facets without a score.
 */
@Service
public class ModelSearch {

    /** Name, summary, story and owner, folded: every word of a query must be in one of them. */
    static final String WORDS_FIELD = "textFolded";

    static final List<String> FOLDED_RANKING = List.of("nameFolded^3", "summaryFolded^2");
    static final List<String> EXACT_RANKING = List.of("nameExact^4", "summaryExact^2");
    static final String TYPOS_IN_LONGER_WORDS = "AUTO:5,9";
    static final String FACET_VALUES = "facetValues";
    /** More than the facet values there can be (fields, provinces, years, levels), so none is cut. */
    static final int ALL_FACET_VALUES = 1_000;

    private static final int PROVINCES = 40;
    private static final int YEARS = 50;

    private final ElasticsearchAsyncClient client;
    private final IndexReads reads;
    private final ModelIndex index;
    private final SearchProperties properties;
    private final QueryUnderstanding understanding;
    private final Outlines outlines;
    private final ProvinceNames provinceNames;
    private final PlacesScheduler scheduler;

    ModelSearch(
            ElasticsearchAsyncClient client,
            IndexReads reads,
            ModelIndex index,
            SearchProperties properties,
            QueryUnderstanding understanding,
            Outlines outlines,
            ProvinceNames provinceNames,
            PlacesScheduler scheduler) {
        this.scheduler = scheduler;
        this.client = client;
        this.reads = reads;
        this.index = index;
        this.properties = properties;
        this.understanding = understanding;
        this.outlines = outlines;
        this.provinceNames = provinceNames;
    }

    public Mono<SearchResults> search(ModelQuery query) {
        return prepared(query)
                .flatMap(prepared -> SearchCalls.guarded(
                        Mono.zip(
                                        reads.send(prepared.requests().page(), PageAnswer::read),
                                        reads.send(prepared.requests().facets(), FacetAnswer::read))
                                .map(both -> results(both.getT1(), both.getT2(), prepared)),
                        properties.timeout(),
                        new SearchResults(
                                0,
                                List.of(),
                                null,
                                Map.of(),
                                prepared.understood().places().stream()
                                        .map(NamedPlace::label)
                                        .toList(),
                                prepared.understood().text())));
    }

    /**
     * The two requests a search sends at once, built as it builds them: for a benchmark to send them straight to
     * Elasticsearch.
     */
    public Mono<Requests> requests(ModelQuery query) {
        return prepared(query).map(Prepared::requests);
    }

    /**
     * Place names and outlines come from PostGIS, which must not hold an event-loop thread: the query is read on the
     * places' scheduler until the names are held, and whenever a unit's outline is asked for. Otherwise it is read
     * where it was asked, in well under a millisecond: handing it to another thread cost about as much again on an
     * idle server (docs/benchmarks.md).
     */
    private Mono<Prepared> prepared(ModelQuery query) {
        if (query.withinUnit().isEmpty() && understanding.ready() && provinceNames.ready()) {
            return Mono.fromCallable(() -> prepare(query));
        }
        return scheduler.run(() -> prepare(query));
    }

    private <T> Mono<SearchResponse<T>> send(SearchRequest request, Class<T> documents) {
        return Mono.defer(() -> Mono.fromFuture(client.search(request, documents)));
    }

    /** What the query was read as, without searching: for a page to show it before the results. */
    public Mono<UnderstoodQuery> understand(String text) {
        return scheduler.run(() -> understanding.read(text));
    }

    /**
     * Every model the query matches, in its order, a page of {@code pageSize} at a time: the next page is asked for only
     * when the previous one has been taken, so a large export holds one page in memory. Only {@code fields} of each
     * document are read: the search texts (three forms of the story) are most of a document and no export shows them.
     */
    Flux<List<ModelDocument>> documents(ModelQuery query, int pageSize, List<String> fields) {
        // The query is read (places from PostGIS) once; each later page only moves the cursor.
        return scheduler
                .run(() -> clauses(query))
                .flatMapMany(clauses -> page(pageRequest(clauses, pageSize, Optional.empty(), fields))
                        .expand(response -> {
                            List<Hit<ModelDocument>> hits = response.hits().hits();
                            if (hits.size() < pageSize) {
                                return Mono.empty();
                            }
                            List<FieldValue> last = hits.get(hits.size() - 1).sort();
                            return page(pageRequest(clauses, pageSize, Optional.of(last), fields));
                        }))
                .map(response -> response.hits().hits().stream()
                        .map(Hit::source)
                        .filter(Objects::nonNull)
                        .toList())
                .filter(page -> !page.isEmpty());
    }

    private Mono<SearchResponse<ModelDocument>> page(SearchRequest request) {
        return send(request, ModelDocument.class)
                .timeout(properties.timeout())
                .onErrorMap(e -> !(e instanceof SearchUnavailableException), SearchUnavailableException::new);
    }

    private Prepared prepare(ModelQuery query) {
        Clauses clauses = clauses(query);
        return new Prepared(
                new Requests(
                        reads.query(
                                pageRequest(
                                        clauses,
                                        query.size(),
                                        query.after().map(SearchCursor::read),
                                        PageAnswer.FIELDS),
                                PageAnswer.FILTER_PATH,
                                true),
                        reads.query(facetsRequest(clauses), FacetAnswer.FILTER_PATH, properties.facetRequestCache())),
                clauses.understood(),
                query,
                provinceNames.byCode());
    }

    /**
     * Every word must match; name and summary score again for the ranking. No total: with none to count and the order
     * led by the score, Lucene may skip the matches that can no longer reach the page, where counting them would make
     * it score every one.
     *
     * @param fields the parts of each document's source to read; empty for all of it
     */
    private SearchRequest pageRequest(
            Clauses clauses, int size, Optional<List<FieldValue>> after, List<String> fields) {
        List<SortOptions> sort = sort(clauses.sort());
        return SearchRequest.of(s -> {
            s.index(index.alias())
                    .size(size)
                    .trackTotalHits(t -> t.enabled(false))
                    .query(q -> q.bool(b ->
                            b.must(clauses.matching()).should(clauses.ranking()).filter(clauses.filters())))
                    .sort(sort);
            after.ifPresent(s::searchAfter);
            if (!fields.isEmpty()) {
                s.source(source -> source.filter(f -> f.includes(fields)));
            }
            return s;
        });
    }

    /**
     * The total and the facets over the same matches as the page, found without a score: every match is visited to be
     * counted, so none should be scored as well. Sent alongside the page, so Elasticsearch works on both at once.
     */
    private SearchRequest facetsRequest(Clauses clauses) {
        List<Query> matching = new ArrayList<>(clauses.matching());
        matching.addAll(clauses.filters());
        return SearchRequest.of(s -> s.index(index.alias())
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(matching)))
                .aggregations(facets()));
    }

    private Clauses clauses(ModelQuery query) {
        UnderstoodQuery understood = understanding.read(query.text());
        List<Query> matching = new ArrayList<>();
        List<Query> ranking = new ArrayList<>();
        List<Query> filters = new ArrayList<>();
        for (String word : understood.foldedWords()) {
            matching.add(Query.of(q -> q.match(m -> m.field(WORDS_FIELD)
                    .query(word)
                    .fuzziness(Highlighter.allowedTypos(word) > 0 ? TYPOS_IN_LONGER_WORDS : "0")
                    .prefixLength(1))));
        }
        for (String phrase : understood.foldedPhrases()) {
            matching.add(Query.of(q -> q.matchPhrase(p -> p.field(WORDS_FIELD).query(phrase))));
        }
        if (understood.hasText()) {
            String exact =
                    (String.join(" ", understood.words()) + " " + String.join(" ", understood.phrases())).strip();
            String folded = VietnameseText.fold(exact);
            // AUTO:5,9 gives each word the typos its length allows, as the words' own clauses do.
            ranking.add(Query.of(q -> q.multiMatch(m -> m.query(folded)
                    .fields(FOLDED_RANKING)
                    .type(TextQueryType.BestFields)
                    .fuzziness(TYPOS_IN_LONGER_WORDS)
                    .prefixLength(1))));
            ranking.add(Query.of(q -> q.multiMatch(m -> m.query(exact).fields(EXACT_RANKING))));
            ranking.add(Query.of(
                    q -> q.matchPhrase(p -> p.field("nameFolded").query(folded).boost(3f))));
        }
        filters.addAll(query.filter().clauses());
        filters.addAll(placeFilters(understood.places()));
        filters.addAll(ownFilters(query));
        return new Clauses(understood, matching, ranking, filters, query.sort());
    }

    /** Places of one level widen each other ("Hà Nội Huế"); a commune and a province narrow each other. */
    private static List<Query> placeFilters(List<NamedPlace> places) {
        Map<UnitLevel, List<FieldValue>> codes = places.stream()
                .collect(Collectors.groupingBy(
                        NamedPlace::level,
                        LinkedHashMap::new,
                        Collectors.flatMapping(
                                place -> place.codes().stream().sorted().map(FieldValue::of), Collectors.toList())));
        List<Query> filters = new ArrayList<>();
        codes.forEach((level, values) -> filters.add(Query.of(q ->
                q.terms(t -> t.field(level == UnitLevel.PROVINCE ? "provinceCode" : "communeCode")
                        .terms(v -> v.value(values))))));
        return filters;
    }

    private List<Query> ownFilters(ModelQuery query) {
        List<Query> filters = new ArrayList<>();
        query.updatedSince()
                .ifPresent(since -> filters.add(Query.of(q ->
                        q.range(r -> r.date(d -> d.field("updatedAt").gte(since.toString()))))));
        query.view()
                .ifPresent(box -> filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field("location")
                        .boundingBox(b -> b.tlbr(t -> t.topLeft(
                                        p -> p.latlon(l -> l.lat(box.north()).lon(box.west())))
                                .bottomRight(
                                        p -> p.latlon(l -> l.lat(box.south()).lon(box.east())))))))));
        query.near()
                .ifPresent(near -> filters.add(Query.of(q -> q.geoDistance(g -> g.field("location")
                        .distance(near.kilometres() + "km")
                        .location(l -> l.latlon(p -> p.lat(near.latitude()).lon(near.longitude())))))));
        query.withinUnit().ifPresent(code -> {
            String outline = outlines.wkt(code)
                    .orElseThrow(() -> new InvalidSearchRequestException(
                            "Mã đơn vị hành chính \"" + code + "\" không có trong danh mục."));
            filters.add(Query.of(q -> q.geoShape(g -> g.field("location").shape(s -> s.shape(JsonData.of(outline))))));
        });
        return filters;
    }

    private static List<SortOptions> sort(SearchSort sort) {
        List<SortOptions> order = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> order.add(SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc))));
            case LATEST_RECOGNITION ->
                // Recognition decisions are not recorded yet (issue 13): until they are, this is the latest update.
                order.add(SortOptions.of(s -> s.field(f -> f.field("recognitions.year")
                        .order(SortOrder.Desc)
                        .mode(SortMode.Max)
                        .nested(n -> n.path("recognitions"))
                        .missing("_last"))));
            case LATEST_UPDATE -> {}
        }
        order.add(SortOptions.of(s -> s.field(f -> f.field("updatedAt").order(SortOrder.Desc))));
        order.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return order;
    }

    /**
     * Every facet at once: the models' {@code facet:value} keywords counted by one terms aggregation, which costs
     * about as much as one facet did, where a terms aggregation per facet and nested ones for recognitions cost each.
     * A model counts once under each value it has, as the filter by that value would find it.
     */
    private static Map<String, Aggregation> facets() {
        return Map.of(
                FacetAnswer.FACETS,
                Aggregation.of(a -> a.terms(t -> t.field(FACET_VALUES).size(ALL_FACET_VALUES))));
    }

    private static SearchResults results(PageAnswer page, FacetAnswer facets, Prepared prepared) {
        Highlighter highlighter = new Highlighter(prepared.understood());
        List<FoundModel> models =
                page.models().stream().map(doc -> found(doc, highlighter)).toList();
        String next = page.models().size() == prepared.query().size() ? SearchCursor.of(page.lastSort()) : null;
        return new SearchResults(
                facets.total(),
                models,
                next,
                facetCounts(facets.buckets(), prepared.provinceNames()),
                prepared.understood().places().stream().map(NamedPlace::label).toList(),
                prepared.understood().text());
    }

    static FoundModel found(ModelDocument doc, Highlighter highlighter) {
        Field field = Field.valueOf(doc.field());
        return new FoundModel(
                doc.id(),
                doc.slug(),
                "/mo-hinh/" + doc.slug(),
                doc.name(),
                highlighter.marked(doc.name()),
                highlighter.snippet(doc.summary(), doc.storyText()),
                doc.photoId() == null ? null : "/media/" + doc.photoId() + "?w=320",
                doc.communeName(),
                doc.provinceName(),
                field.name(),
                field.labelVi(),
                doc.yearStarted(),
                doc.updatedAt(),
                FacetLabels.badges(doc));
    }

    /** Named as the filter's parameters, so a facet value is a link that filters by it. */
    private static Map<String, List<FacetCount>> facetCounts(
            List<FacetAnswer.Bucket> buckets, Map<String, String> provinceNames) {
        Map<String, List<FacetValue>> values = new LinkedHashMap<>();
        buckets.forEach(bucket -> {
            String key = bucket.key();
            int colon = key.indexOf(':');
            values.computeIfAbsent(key.substring(0, colon), facet -> new ArrayList<>())
                    .add(new FacetValue(key.substring(colon + 1), bucket.count()));
        });
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(
                "field",
                mostFirst(
                        values,
                        "field",
                        Field.values().length,
                        key -> key,
                        key -> Field.valueOf(key).labelVi()));
        facets.put(
                "province",
                mostFirst(values, "province", PROVINCES, key -> key, key -> provinceNames.getOrDefault(key, key)));
        facets.put(
                "recognition",
                mostFirst(
                        values,
                        "recognition",
                        ModelFilter.Recognition.values().length,
                        key -> ModelFilter.Recognition.valueOf(key).parameter(),
                        FacetLabels::recognition));
        facets.put("recognitionYear", mostFirst(values, "recognitionYear", YEARS, key -> key, year -> year));
        facets.put(
                "owner",
                mostFirst(values, "owner", 2, key -> key.toLowerCase(java.util.Locale.ROOT), FacetLabels::ownerKind));
        facets.put(
                "stage",
                mostFirst(values, "stage", 2, key -> key.equals("true") ? "continuing" : "new", FacetLabels::stage));
        facets.put("hasPhotos", mostFirst(values, "hasPhotos", 2, key -> key, FacetLabels::photos));
        facets.put("hasVideo", mostFirst(values, "hasVideo", 2, key -> key, FacetLabels::video));
        facets.put(
                "yearStarted",
                values.getOrDefault("yearStarted", List.of()).stream()
                        .sorted(Comparator.comparing(FacetValue::key).reversed())
                        .limit(YEARS)
                        .map(v -> new FacetCount(v.key(), v.key(), v.count()))
                        .toList());
        return facets;
    }

    /**
     * A facet's values, most models first and then by value, as a terms aggregation orders them.
     *
     * @param parameter the value as the filter's parameter takes it
     */
    private static List<FacetCount> mostFirst(
            Map<String, List<FacetValue>> values,
            String facet,
            int limit,
            UnaryOperator<String> parameter,
            UnaryOperator<String> label) {
        return values.getOrDefault(facet, List.of()).stream()
                .sorted(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::key))
                .limit(limit)
                .map(v -> new FacetCount(parameter.apply(v.key()), label.apply(v.key()), v.count()))
                .toList();
    }

    private record FacetValue(String key, long count) {}

    /**
     * What a search sends, both at once, finished to their bytes.
     *
     * @param page the page of models in order, without a total
     * @param facets the total and every facet's counts, without models
     */
    public record Requests(IndexQuery page, IndexQuery facets) {}

    /**
     * A query's clauses: the words every match must have, the ranking that only scores, and the filters.
     *
     * @param sort the order asked for, which says whether the score leads
     */
    private record Clauses(
            UnderstoodQuery understood,
            List<Query> matching,
            List<Query> ranking,
            List<Query> filters,
            SearchSort sort) {}

    /** @param provinceNames today's province names by code, for the facet */
    private record Prepared(
            Requests requests, UnderstoodQuery understood, ModelQuery query, Map<String, String> provinceNames) {}
}
