package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 */
@Service
public class ModelSearch {

    static final List<String> FOLDED_FIELDS = List.of("nameFolded^3", "summaryFolded^2", "storyFolded", "ownerFolded");
    static final List<String> EXACT_FIELDS = List.of("nameExact^4", "summaryExact^2", "storyExact");
    private static final String TYPOS_IN_LONGER_WORDS = "AUTO:5,9";
    private static final int PROVINCES = 40;
    private static final int YEARS = 50;

    private final ElasticsearchAsyncClient client;
    private final ModelIndex index;
    private final SearchProperties properties;
    private final QueryUnderstanding understanding;
    private final Outlines outlines;
    private final PlacesScheduler scheduler;

    ModelSearch(
            ElasticsearchAsyncClient client,
            ModelIndex index,
            SearchProperties properties,
            QueryUnderstanding understanding,
            Outlines outlines,
            PlacesScheduler scheduler) {
        this.scheduler = scheduler;
        this.client = client;
        this.index = index;
        this.properties = properties;
        this.understanding = understanding;
        this.outlines = outlines;
    }

    public Mono<SearchResults> search(ModelQuery query) {
        // Place names and outlines come from PostGIS; reading them must not hold an event-loop thread.
        return scheduler
                .run(() -> prepare(query))
                .flatMap(prepared -> SearchCalls.guarded(
                        Mono.defer(() -> Mono.fromFuture(client.search(prepared.request(), ModelDocument.class)))
                                .map(response -> results(response, prepared)),
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
        return scheduler
                .run(() -> prepare(query, pageSize, false, Optional.empty(), fields))
                .flatMapMany(first -> page(first.request()).expand(response -> {
                    List<Hit<ModelDocument>> hits = response.hits().hits();
                    if (hits.size() < pageSize) {
                        return Mono.empty();
                    }
                    List<FieldValue> last = hits.get(hits.size() - 1).sort();
                    return scheduler
                            .run(() -> prepare(query, pageSize, false, Optional.of(last), fields))
                            .flatMap(next -> page(next.request()));
                }))
                .map(response -> response.hits().hits().stream()
                        .map(Hit::source)
                        .filter(Objects::nonNull)
                        .toList())
                .filter(page -> !page.isEmpty());
    }

    private Mono<SearchResponse<ModelDocument>> page(SearchRequest request) {
        return Mono.defer(() -> Mono.fromFuture(client.search(request, ModelDocument.class)))
                .timeout(properties.timeout())
                .onErrorMap(e -> !(e instanceof SearchUnavailableException), SearchUnavailableException::new);
    }

    private Prepared prepare(ModelQuery query) {
        return prepare(query, query.size(), true, query.after().map(SearchCursor::read), List.of());
    }

    /** @param fields the parts of each document's source to read; empty for all of it */
    private Prepared prepare(
            ModelQuery query, int size, boolean withFacets, Optional<List<FieldValue>> after, List<String> fields) {
        UnderstoodQuery understood = understanding.read(query.text());
        List<Query> must = new ArrayList<>();
        List<Query> should = new ArrayList<>();
        List<Query> filters = new ArrayList<>();
        for (String word : understood.foldedWords()) {
            must.add(Query.of(q -> q.multiMatch(m -> m.query(word)
                    .fields(FOLDED_FIELDS)
                    .type(TextQueryType.BestFields)
                    .fuzziness(Highlighter.allowedTypos(word) > 0 ? TYPOS_IN_LONGER_WORDS : "0")
                    .prefixLength(1))));
        }
        for (String phrase : understood.foldedPhrases()) {
            must.add(Query.of(
                    q -> q.multiMatch(m -> m.query(phrase).fields(FOLDED_FIELDS).type(TextQueryType.Phrase))));
        }
        if (understood.hasText()) {
            String exact = String.join(" ", understood.words()) + " " + String.join(" ", understood.phrases());
            should.add(Query.of(q -> q.multiMatch(m -> m.query(exact.strip()).fields(EXACT_FIELDS))));
            String folded = VietnameseText.fold(exact);
            should.add(Query.of(
                    q -> q.matchPhrase(p -> p.field("nameFolded").query(folded).boost(3f))));
        }
        filters.addAll(query.filter().clauses());
        filters.addAll(placeFilters(understood.places()));
        filters.addAll(ownFilters(query));
        List<SortOptions> sort = sort(query.sort());
        SearchRequest request = SearchRequest.of(s -> {
            s.index(index.alias())
                    .size(size)
                    .trackTotalHits(t -> t.enabled(withFacets))
                    .query(q -> q.bool(b -> b.must(must).should(should).filter(filters)))
                    .sort(sort);
            if (withFacets) {
                s.aggregations(facets());
            }
            after.ifPresent(s::searchAfter);
            if (!fields.isEmpty()) {
                s.source(source -> source.filter(f -> f.includes(fields)));
            }
            return s;
        });
        return new Prepared(request, understood, query);
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

    /** Named as the filter's parameters, so a facet value is a link that filters by it. */
    private static Map<String, Aggregation> facets() {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put("field", terms("field", Field.values().length));
        facets.put(
                "province",
                Aggregation.of(a -> a.terms(t -> t.field("provinceCode").size(PROVINCES))
                        .aggregations(
                                "name",
                                n -> n.terms(t -> t.field("provinceName").size(1)))));
        facets.put("recognition", nested(terms("recognitions.level", 10)));
        facets.put("recognitionYear", nested(terms("recognitions.year", YEARS)));
        facets.put("owner", terms("ownerKind", 2));
        facets.put("stage", terms("continuing", 2));
        facets.put("hasPhotos", terms("hasPhotos", 2));
        facets.put("hasVideo", terms("hasVideo", 2));
        facets.put(
                "yearStarted",
                Aggregation.of(a ->
                        a.terms(t -> t.field("yearStarted").size(YEARS).order(NamedValue.of("_key", SortOrder.Desc)))));
        return facets;
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static Aggregation nested(Aggregation inner) {
        return Aggregation.of(a -> a.nested(n -> n.path("recognitions")).aggregations("values", inner));
    }

    private static SearchResults results(SearchResponse<ModelDocument> response, Prepared prepared) {
        Highlighter highlighter = new Highlighter(prepared.understood());
        List<Hit<ModelDocument>> hits = response.hits().hits();
        List<FoundModel> models = hits.stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .map(doc -> found(doc, highlighter))
                .toList();
        String next = hits.size() == prepared.query().size()
                ? SearchCursor.of(hits.get(hits.size() - 1).sort())
                : null;
        long total = response.hits().total() == null
                ? models.size()
                : response.hits().total().value();
        return new SearchResults(
                total,
                models,
                next,
                facetCounts(response.aggregations()),
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

    private static Map<String, List<FacetCount>> facetCounts(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(
                "field",
                counts(aggregations.get("field"), key -> Field.valueOf(key).labelVi()));
        facets.put(
                "province",
                aggregations.get("province").sterms().buckets().array().stream()
                        .map(b -> new FacetCount(
                                b.key().stringValue(),
                                b.aggregations().get("name").sterms().buckets().array().stream()
                                        .findFirst()
                                        .map(n -> n.key().stringValue())
                                        .orElse(b.key().stringValue()),
                                b.docCount()))
                        .toList());
        facets.put(
                "recognition",
                counts(aggregations.get("recognition").nested().aggregations().get("values"), FacetLabels::recognition)
                        .stream()
                        .map(c -> new FacetCount(
                                ModelFilter.Recognition.valueOf(c.value()).parameter(), c.label(), c.count()))
                        .toList());
        facets.put(
                "recognitionYear",
                counts(
                        aggregations
                                .get("recognitionYear")
                                .nested()
                                .aggregations()
                                .get("values"),
                        year -> year));
        facets.put(
                "owner",
                counts(aggregations.get("owner"), FacetLabels::ownerKind).stream()
                        .map(c -> new FacetCount(c.value().toLowerCase(java.util.Locale.ROOT), c.label(), c.count()))
                        .toList());
        facets.put(
                "stage",
                counts(aggregations.get("stage"), FacetLabels::stage).stream()
                        .map(c -> new FacetCount(c.value().equals("true") ? "continuing" : "new", c.label(), c.count()))
                        .toList());
        facets.put("hasPhotos", counts(aggregations.get("hasPhotos"), FacetLabels::photos));
        facets.put("hasVideo", counts(aggregations.get("hasVideo"), FacetLabels::video));
        facets.put("yearStarted", counts(aggregations.get("yearStarted"), year -> year));
        return facets;
    }

    /** Values of a terms aggregation over keywords, numbers or booleans, as text. */
    private static List<FacetCount> counts(Aggregate aggregate, java.util.function.UnaryOperator<String> label) {
        if (aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(b -> new FacetCount(
                            b.key().stringValue(), label.apply(b.key().stringValue()), b.docCount()))
                    .toList();
        }
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(b -> {
                        String key = b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key());
                        return new FacetCount(key, label.apply(key), b.docCount());
                    })
                    .toList();
        }
        return List.of();
    }

    private record Prepared(SearchRequest request, UnderstoodQuery understood, ModelQuery query) {}
}
