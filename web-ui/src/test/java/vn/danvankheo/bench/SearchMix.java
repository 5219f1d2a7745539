package vn.danvankheo.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danvankheo.places.VietnameseText;
import vn.danvankheo.search.ModelFilter;

/**
 * The search workload: a mix of what journalists type (words with and without diacritics, words with filters, words
 * within a place or a viewport), each sent to {@code /api/search/models} and, as the baseline, the same request built
 * the way {@code ModelSearch} builds it (folded words with typos allowed, exact words ranked higher, the filter's
 * clauses, every facet) sent straight to Elasticsearch with the Java client.
 */
final class SearchMix {

    private static final List<String> FOLDED_FIELDS =
            List.of("nameFolded^3", "summaryFolded^2", "storyFolded", "ownerFolded");
    private static final List<String> EXACT_FIELDS = List.of("nameExact^4", "summaryExact^2", "storyExact");
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
        for (String word : VietnameseText.fold(search.words()).split("\\s+")) {
            must.add(Query.of(q -> q.multiMatch(m -> m.query(word)
                    .fields(FOLDED_FIELDS)
                    .type(TextQueryType.BestFields)
                    .fuzziness(word.length() >= 5 ? "AUTO:5,9" : "0")
                    .prefixLength(1))));
        }
        List<Query> should = List.of(
                Query.of(q -> q.multiMatch(m -> m.query(search.words()).fields(EXACT_FIELDS))),
                Query.of(q -> q.matchPhrase(p -> p.field("nameFolded")
                        .query(VietnameseText.fold(search.words()))
                        .boost(3f))));
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

    /** The endpoint's facets, each named as the filter parameter it sets. */
    private static Map<String, Aggregation> facets() {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put("field", terms("field", 4));
        facets.put(
                "province",
                Aggregation.of(a -> a.terms(t -> t.field("provinceCode").size(40))
                        .aggregations(
                                "name",
                                n -> n.terms(t -> t.field("provinceName").size(1)))));
        facets.put("recognition", nested(terms("recognitions.level", 10)));
        facets.put("recognitionYear", nested(terms("recognitions.year", 50)));
        facets.put("owner", terms("ownerKind", 2));
        facets.put("stage", terms("continuing", 2));
        facets.put("hasPhotos", terms("hasPhotos", 2));
        facets.put("hasVideo", terms("hasVideo", 2));
        facets.put(
                "yearStarted",
                Aggregation.of(a ->
                        a.terms(t -> t.field("yearStarted").size(50).order(NamedValue.of("_key", SortOrder.Desc)))));
        return facets;
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static Aggregation nested(Aggregation inner) {
        return Aggregation.of(a -> a.nested(n -> n.path("recognitions")).aggregations("values", inner));
    }
}
