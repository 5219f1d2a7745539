package vn.danvankheo.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.danvankheo.places.VietnameseText;
import vn.danvankheo.search.ModelFilter;

/**
 * The search workload: a mix of what journalists type (words with and without diacritics, words with filters, words
 * within a place or a viewport), each sent to {@code /api/search/models} and, as the baseline, the same request built
 * the way {@code ModelSearch} builds it (each folded word, typos allowed, in the field of every folded text; name and
 * summary scored again, exact words higher; the filter's clauses; every facet in one aggregation) sent straight to
 * Elasticsearch with the Java client.
 */
final class SearchMix {

    private static final List<String> FOLDED_RANKING = List.of("nameFolded^3", "summaryFolded^2");
    private static final List<String> EXACT_RANKING = List.of("nameExact^4", "summaryExact^2");
    private static final int SIZE = 20;
    static final int SEARCHES = 8;

    /** @param filter the filter's parameters, as the endpoint takes them */
    record Search(String words, Map<String, List<String>> filter, double[] viewport) {

        String path() {
            StringBuilder path = new StringBuilder("/api/search/models?size=" + SIZE + "&q=")
                    .append(URLEncoder.encode(words, StandardCharsets.UTF_8));
            filter.forEach((name, values) -> values.forEach(value -> path.append('&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
            if (viewport != null) {
                path.append("&bbox=").append(SiteBenchmark.bbox(viewport));
            }
            return path.toString();
        }
    }

    private final List<Search> searches;

    /** @param viewports 1280×800 views at zoom 11 around published models, one taken per viewport search */
    SearchMix(List<double[]> viewports, String provinceCode) {
        searches = List.of(
                new Search("an ninh trật tự", Map.of(), null),
                new Search("an ninh trat tu", Map.of(), null),
                new Search("hien dat lam duong", Map.of(), null),
                new Search("tủ sách cộng đồng", Map.of("field", List.of("CULTURE_SOCIETY_PEOPLE")), null),
                new Search("phụ nữ", Map.of("owner", List.of("collective"), "stage", List.of("continuing")), null),
                new Search("camera", Map.of("province", List.of(provinceCode)), null),
                new Search("đường", Map.of(), viewports.get(0)),
                new Search("chuyen doi so", Map.of(), viewports.get(1)));
    }

    Search get(int n) {
        return searches.get(n % searches.size());
    }

    void straight(ElasticsearchClient client, String alias, Search search) {
        List<Query> must = new ArrayList<>();
        String folded = VietnameseText.fold(search.words());
        for (String word : folded.split("\\s+")) {
            must.add(Query.of(q -> q.match(m -> m.field("textFolded")
                    .query(word)
                    .fuzziness(word.length() >= 5 ? "AUTO:5,9" : "0")
                    .prefixLength(1))));
        }
        List<Query> should = List.of(
                Query.of(q -> q.multiMatch(m -> m.query(folded)
                        .fields(FOLDED_RANKING)
                        .type(TextQueryType.BestFields)
                        .fuzziness("AUTO:5,9")
                        .prefixLength(1))),
                Query.of(q -> q.multiMatch(m -> m.query(search.words()).fields(EXACT_RANKING))),
                Query.of(q ->
                        q.matchPhrase(p -> p.field("nameFolded").query(folded).boost(3f))));
        List<Query> filters =
                new ArrayList<>(ModelFilter.from(search.filter(), List.of()).clauses());
        if (search.viewport() != null) {
            double[] box = search.viewport();
            filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field("location")
                    .boundingBox(b -> b.tlbr(t -> t.topLeft(
                                    p -> p.latlon(l -> l.lat(box[3]).lon(box[0])))
                            .bottomRight(p -> p.latlon(l -> l.lat(box[1]).lon(box[2]))))))));
        }
        try {
            client.search(
                    s -> s.index(alias)
                            .size(SIZE)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.must(must).should(should).filter(filters)))
                            .sort(List.of(
                                    SortOptions.of(o -> o.score(c -> c.order(SortOrder.Desc))),
                                    SortOptions.of(o ->
                                            o.field(f -> f.field("updatedAt").order(SortOrder.Desc))),
                                    SortOptions.of(
                                            o -> o.field(f -> f.field("id").order(SortOrder.Asc)))))
                            .aggregations(facets()),
                    Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint's facets: every facet's values, counted by one aggregation. */
    private static Map<String, Aggregation> facets() {
        return Map.of(
                "facets",
                Aggregation.of(a -> a.terms(t -> t.field("facetValues").size(1_000))));
    }
}
