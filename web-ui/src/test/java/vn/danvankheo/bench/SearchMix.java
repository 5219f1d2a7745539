package vn.danvankheo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.search.IndexQuery;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.SearchParameters;

/**
 * The search workload: a mix of what journalists type (words with and without diacritics, words with filters, words
 * within a place or a viewport), each sent to {@code /api/search/models} and, as the baseline, the very requests the
 * endpoint sends for it (built once by {@code ModelSearch}, down to their bytes: the page, and the total with the
 * facets), sent straight to Elasticsearch at once, as the endpoint sends them, with the application's low-level client.
 */
final class SearchMix {

    private static final int SIZE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
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

    /**
     * Both requests at once, as the endpoint sends them, each answer read into a map as any client must read it; done
     * when both have been read.
     */
    void straight(RestClient rest, int n) {
        ModelSearch.Requests both = requests.get(n % requests.size());
        CompletableFuture.allOf(read(rest, both.page()), read(rest, both.facets()))
                .join();
    }

    private static CompletableFuture<Map<?, ?>> read(RestClient rest, IndexQuery query) {
        CompletableFuture<Map<?, ?>> answer = new CompletableFuture<>();
        rest.performRequestAsync(query.request(), new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                try (InputStream body = response.getEntity().getContent()) {
                    answer.complete(JSON.readValue(body, Map.class));
                } catch (IOException | RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            }

            @Override
            public void onFailure(Exception e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }
}
