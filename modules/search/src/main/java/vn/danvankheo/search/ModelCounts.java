package vn.danvankheo.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.UnitLevel;

/** Published models counted per province or commune, for a choropleth; one terms aggregation, no documents. */
@Service
public class ModelCounts {

    /** More buckets than there are communes, so no unit is ever cut off. */
    private static final int ALL_UNITS = 4_000;

    private final ElasticsearchAsyncClient client;
    private final ModelIndex index;
    private final SearchProperties properties;

    ModelCounts(ElasticsearchAsyncClient client, ModelIndex index, SearchProperties properties) {
        this.client = client;
        this.index = index;
        this.properties = properties;
    }

    public Mono<Map<String, Long>> perUnit(UnitLevel level, ModelFilter filter) {
        String unitField = level == UnitLevel.PROVINCE ? "provinceCode" : "communeCode";
        List<Query> filters = filter.clauses();
        return SearchCalls.guarded(
                Mono.defer(() -> Mono.fromFuture(client.search(
                                s -> s.index(index.alias())
                                        .size(0)
                                        .query(q -> q.bool(b -> b.filter(filters)))
                                        .aggregations(
                                                "units",
                                                a -> a.terms(
                                                        t -> t.field(unitField).size(ALL_UNITS))),
                                Void.class)))
                        .map(response -> {
                            Map<String, Long> counts = new LinkedHashMap<>();
                            for (StringTermsBucket bucket : response.aggregations()
                                    .get("units")
                                    .sterms()
                                    .buckets()
                                    .array()) {
                                counts.put(bucket.key().stringValue(), bucket.docCount());
                            }
                            return counts;
                        }),
                properties.timeout(),
                Map.of());
    }
}
