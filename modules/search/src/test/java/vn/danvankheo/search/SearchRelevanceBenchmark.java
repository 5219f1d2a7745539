package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.testing.TestServices;

/**
 * How well the journalists' search finds what is meant, on the project's own judged set (src/test/resources/relevance:
 * realistic models across old and new provinces, queries without diacritics, with either tone placement, with typos,
 * with pre-2025 province names and aliases, and field words). Prints nDCG@10 and recall@20 per kind of query for the
 * search and, in the same run over the same index, for a baseline: a plain match of the words on the indexed text, no
 * folding and no reading of places. Never asserted: a change that lowers the figures shows in the table. Run with
 * {@code ./dvk bench}.
 */
@SpringBootTest(
        classes = SearchTestApplication.class,
        properties = {
            "dvk.catalog.outbox-poll-interval=100ms",
            "dvk.search.heal-interval=1s",
            "dvk.places.data-directory=../../data/vn-admin"
        })
class SearchRelevanceBenchmark {

    @Autowired
    ModelWrites writes;

    private static final int RANKED = 10;
    private static final int RECALLED = 20;

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        TestServices.isolated("relevance").register(registry);
    }

    @Autowired
    ModelCatalog catalog;

    @Autowired
    UnitRegistry units;

    @Autowired
    ModelSearch search;

    @Autowired
    ModelIndex index;

    @Autowired
    ElasticsearchClient client;

    @Test
    void ndcgAndRecallPerKindAgainstAPlainMatch() throws Exception {
        JsonNode set;
        try (InputStream in = getClass().getResourceAsStream("/relevance/models-and-queries.json")) {
            set = JsonMapper.builder().build().readTree(in);
        }
        Set<String> slugs = new HashSet<>();
        for (JsonNode model : set.get("models")) {
            slugs.add(publish(model).slug());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (client.count(c -> c.index(index.alias())).count() < slugs.size()) {
            assertThat(System.nanoTime()).as("the set is indexed within 300 s").isLessThan(deadline);
            Thread.sleep(250);
        }

        Map<String, List<double[]>> perKind = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        for (JsonNode judged : set.get("queries")) {
            String text = judged.get("query").asString();
            Set<String> relevant = new HashSet<>();
            judged.get("relevant").forEach(slug -> relevant.add(slug.asString()));
            List<String> ours = ours(text);
            List<String> baseline = baseline(text);
            double[] scores = {
                ndcg(ours, relevant), recall(ours, relevant), ndcg(baseline, relevant), recall(baseline, relevant)
            };
            perKind.computeIfAbsent(judged.get("kind").asString(), k -> new ArrayList<>())
                    .add(scores);
            perKind.computeIfAbsent("all", k -> new ArrayList<>()).add(scores);
            if (scores[0] < 0.999) {
                misses.append(String.format("  %-40s nDCG@10 %.2f recall@20 %.2f%n", text, scores[0], scores[1]));
            }
        }
        perKind.put("all", perKind.remove("all"));

        StringBuilder table = new StringBuilder(String.format(
                "%nRelevance of the journalists' search: %d judged queries over %d models%n"
                        + "| kind | queries | nDCG@10 | recall@20 | baseline nDCG@10 | baseline recall@20 |%n"
                        + "|---|---:|---:|---:|---:|---:|%n",
                set.get("queries").size(), slugs.size()));
        perKind.forEach((kind, scores) -> table.append(String.format(
                "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
                kind, scores.size(), mean(scores, 0), mean(scores, 1), mean(scores, 2), mean(scores, 3))));
        System.out.print(table);
        System.out.printf("Queries below a perfect nDCG@10:%n%s", misses.length() == 0 ? "  none\n" : misses);
        Files.writeString(Path.of("target", "relevance.md"), table.toString());
    }

    private List<String> ours(String text) {
        ModelQuery query = SearchParameters.read(Map.of("q", List.of(text), "size", List.of(String.valueOf(RECALLED))));
        return search.search(query).block(Duration.ofSeconds(30)).models().stream()
                .map(FoundModel::slug)
                .toList();
    }

    /**
     * What a search box on the plain index would do: the words matched as typed, names first. Since mapping v3 the
     * index keeps the story and owner only folded, so the plain text it can match is the name and the summary.
     */
    private List<String> baseline(String text) throws IOException {
        return client
                .search(
                        s -> s.index(index.alias())
                                .size(RECALLED)
                                .query(q -> q.multiMatch(m -> m.query(text)
                                        .type(TextQueryType.BestFields)
                                        .fields("nameExact^3", "summaryExact^2"))),
                        ModelDocument.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> hit.source().slug())
                .toList();
    }

    /** Binary gains: a model is what the journalist meant or not. */
    private static double ndcg(List<String> ranking, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(RANKED, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(RANKED, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double recall(List<String> ranking, Set<String> relevant) {
        long found = ranking.stream().limit(RECALLED).filter(relevant::contains).count();
        return (double) found / Math.min(RECALLED, relevant.size());
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static double mean(List<double[]> scores, int column) {
        return scores.stream().mapToDouble(s -> s[column]).average().orElse(0);
    }

    private ModelView publish(JsonNode model) {
        String commune = model.get("communeCode").asString();
        String owner = model.get("ownerName").asString();
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                model.get("slug").asString(),
                                TestUnits.of(units, owner, commune),
                                new ModelProfile(
                                        model.get("name").asString(),
                                        owner,
                                        OwnerKind.valueOf(model.get("ownerKind").asString()),
                                        Field.valueOf(model.get("field").asString()),
                                        model.get("yearStarted").asInt(),
                                        model.get("summary").asString(),
                                        model.get("story").asString()),
                                new ModelLocation(
                                        model.get("latitude").asDouble(),
                                        model.get("longitude").asDouble(),
                                        commune),
                                List.of(),
                                null,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }
}
