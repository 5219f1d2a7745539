package vn.danvankheo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
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

    /**
     * The same comparison query by query. The mix's p50 is one call of one of its queries, which Elasticsearch answers
     * in 8 to 60 ms, while the endpoint's own share is about the same for each: the table shows which queries the
     * mix's ratio hides.
     */
    String perQuery(Workload.Result result) {
        int warmups = result.workload().warmups();
        StringBuilder table = new StringBuilder(
                "Search, query by query (p50 ms of the endpoint and of the same requests sent straight):\n\n"
                        + "| query | endpoint p50 | straight p50 | ratio |\n|---|---|---|---|\n");
        double logSum = 0;
        double worst = 0;
        for (int k = 0; k < searches.size(); k++) {
            Figures project = Figures.of(ofQuery(result.projectNanos(), warmups, k), 0);
            Figures baseline = Figures.of(ofQuery(result.baselineNanos(), warmups, k), 0);
            double ratio = project.p50() / baseline.p50();
            logSum += Math.log(ratio);
            worst = Math.max(worst, ratio);
            Search search = searches.get(k);
            table.append(String.format(
                    Locale.ROOT,
                    "| `%s`%s%s | %.2f | %.2f | %.2f |%n",
                    search.words(),
                    search.filter().isEmpty() ? "" : " " + search.filter().keySet(),
                    search.viewport() == null ? "" : " in a view",
                    project.p50(),
                    baseline.p50(),
                    ratio));
        }
        return table.append(String.format(
                        Locale.ROOT,
                        "%nGeometric mean of the queries' ratios: %.2f; the highest: %.2f.",
                        Math.exp(logSum / searches.size()),
                        worst))
                .toString();
    }

    private long[] ofQuery(long[] nanos, int warmups, int query) {
        return IntStream.range(0, nanos.length)
                .filter(i -> (warmups + i) % searches.size() == query)
                .mapToLong(i -> nanos[i])
                .toArray();
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
