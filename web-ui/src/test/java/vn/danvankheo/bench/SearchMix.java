package vn.danvankheo.bench;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.SearchParameters;

/**
 * The search workload: a mix of what journalists type (words with and without diacritics, words with filters, words
 * within a place or a viewport), each sent to {@code /api/search/models} and, as the baseline, the very requests the
 * endpoint sends for it (built once by {@code ModelSearch}: the page, and the total with the facets), sent straight to
 * Elasticsearch at once, as the endpoint sends them, with the Java client.
 */
final class SearchMix {

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

        Map<String, List<String>> parameters() {
            Map<String, List<String>> parameters = new LinkedHashMap<>(filter);
            parameters.put("q", List.of(words));
            parameters.put("size", List.of(String.valueOf(SIZE)));
            if (viewport != null) {
                parameters.put("bbox", List.of(SiteBenchmark.bbox(viewport)));
            }
            return parameters;
        }
    }

    private final List<Search> searches;
    private final List<ModelSearch.Requests> requests;

    /**
     * @param viewports 1280×800 views at zoom 11 around published models, one taken per viewport search
     * @param search builds, once before the timing, the requests the endpoint sends for each search
     */
    SearchMix(List<double[]> viewports, String provinceCode, ModelSearch search) {
        searches = List.of(
                new Search("an ninh trật tự", Map.of(), null),
                new Search("an ninh trat tu", Map.of(), null),
                new Search("hien dat lam duong", Map.of(), null),
                new Search("tủ sách cộng đồng", Map.of("field", List.of("CULTURE_SOCIETY_PEOPLE")), null),
                new Search("phụ nữ", Map.of("owner", List.of("collective"), "stage", List.of("continuing")), null),
                new Search("camera", Map.of("province", List.of(provinceCode)), null),
                new Search("đường", Map.of(), viewports.get(0)),
                new Search("chuyen doi so", Map.of(), viewports.get(1)));
        requests = searches.stream()
                .map(each -> search.requests(SearchParameters.read(each.parameters()))
                        .block())
                .toList();
    }

    Search get(int n) {
        return searches.get(n % searches.size());
    }

    /** Both requests at once, as the endpoint sends them; done when both have answered. */
    void straight(ElasticsearchAsyncClient client, int n) {
        ModelSearch.Requests both = requests.get(n % requests.size());
        CompletableFuture.allOf(client.search(both.page(), Map.class), client.search(both.facets(), Map.class))
                .join();
    }
}
