package vn.danvankheo.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole published family of a model in one recursive query: up to the original it descends from, then down through
 * every generation of replicas. Each is read as last approved, like {@link Lineages}: a link counts when the model names
 * it now and named it when a moderator last approved the model, so a link waiting for approval shows nowhere.
 */
@Component
class Families {

    /**
     * The link a moderator last approved, as text: '' for none, and the column itself for models published before
     * revisions were kept, whose current state is what was approved.
     */
    private static final String APPROVED_LINK = """
            coalesce((SELECT coalesce(r.snapshot ->> 'replicates', '') FROM catalog.model_revision r
                      WHERE r.model_id = %1$s.id AND r.change = 'PUBLISHED' ORDER BY r.version DESC LIMIT 1),
                     CAST(%1$s.replicates_id AS text))""";

    /**
     * Paths guard against cycles: the catalog refuses a link that closes one, but the database does not, and a read
     * must end whatever it finds. Generations are counted one past the cap so that a cut family can say so; the
     * breadth-first recursion with the limit outside it stops reading once the cap is passed, keeping the earliest
     * generations.
     */
    private static final String FAMILY =
            """
            WITH RECURSIVE ancestry (id, depth, path) AS (
                SELECT m.id, 0, ARRAY[m.id] FROM catalog.model m WHERE m.slug = :slug AND m.status = 'PUBLISHED'
              UNION ALL
                SELECT parent.id, a.depth + 1, a.path || parent.id
                FROM ancestry a
                JOIN catalog.model child ON child.id = a.id
                JOIN catalog.model parent ON parent.id = child.replicates_id AND parent.status = 'PUBLISHED'
                WHERE a.depth < :generations AND parent.id <> ALL (a.path)
                  AND %1$s = CAST(parent.id AS text)
            ), root AS (
                SELECT id FROM ancestry ORDER BY depth DESC LIMIT 1
            ), family (id, learned_from, generation, path) AS (
                SELECT id, CAST(NULL AS uuid), 0, ARRAY[id] FROM root
              UNION ALL
                SELECT replica.id, f.id, f.generation + 1, f.path || replica.id
                FROM family f
                JOIN catalog.model replica ON replica.replicates_id = f.id AND replica.status = 'PUBLISHED'
                WHERE f.generation <= :generations AND replica.id <> ALL (f.path)
                  AND %2$s = CAST(f.id AS text)
            )
            SELECT id, learned_from, generation FROM family LIMIT :limit
            """.formatted(APPROVED_LINK.formatted("child"), APPROVED_LINK.formatted("replica"));

    private final JdbcClient jdbc;
    private final PublishedPages publishedPages;

    Families(JdbcClient jdbc, PublishedPages publishedPages) {
        this.jdbc = jdbc;
        this.publishedPages = publishedPages;
    }

    /** Empty when no published model has this slug. */
    @Transactional(readOnly = true)
    Optional<Family> of(String slug) {
        List<Row> rows = jdbc.sql(FAMILY)
                .param("slug", slug)
                .param("generations", Family.MAX_GENERATIONS)
                .param("limit", Family.MAX_MODELS + 1)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("learned_from", UUID.class),
                        rs.getInt("generation")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Row> shown = rows.stream()
                .filter(row -> row.generation() <= Family.MAX_GENERATIONS)
                .limit(Family.MAX_MODELS)
                .toList();
        boolean truncated = shown.size() < rows.size();
        Map<UUID, ModelView> views = publishedPages
                .views(shown.stream().map(Row::id).toList())
                .stream()
                .collect(Collectors.toMap(ModelView::id, Function.identity()));
        List<Family.Member> members = new ArrayList<>(shown.size());
        for (Row row : shown) {
            ModelView model = views.get(row.id());
            ModelView original = row.learnedFrom() == null ? null : views.get(row.learnedFrom());
            members.add(new Family.Member(
                    model.slug(),
                    model.profile().name(),
                    model.place().communeCode(),
                    model.locality().today().communeName(),
                    model.locality().provinceCode(),
                    model.locality().today().provinceName(),
                    model.profile().yearStarted(),
                    model.place().latitude(),
                    model.place().longitude(),
                    row.generation(),
                    original == null ? null : original.slug(),
                    original == null ? null : original.profile().name()));
        }
        members.sort(Comparator.comparingInt(Family.Member::yearStarted)
                .thenComparingInt(Family.Member::generation)
                .thenComparing(Family.Member::name)
                .thenComparing(Family.Member::slug));
        return Optional.of(new Family(members, truncated));
    }

    private record Row(UUID id, UUID learnedFrom, int generation) {}
}
