package vn.danvankheo.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.danvankheo.places.AdminUnits;

/**
 * Pages of published models as the public sees them, for rebuilding a read model: a few queries per page, not several
 * per model. Runs inside {@link ModelCatalog#publishedAfter}'s transaction.
 */
@Component
class PublishedPages {

    private final JdbcClient jdbc;
    private final ModelRepository models;
    private final ModelRevisions revisions;
    private final AdminUnits adminUnits;
    private final ModelRecognitions recognitions;

    PublishedPages(
            JdbcClient jdbc,
            ModelRepository models,
            ModelRevisions revisions,
            AdminUnits adminUnits,
            ModelRecognitions recognitions) {
        this.jdbc = jdbc;
        this.models = models;
        this.revisions = revisions;
        this.adminUnits = adminUnits;
        this.recognitions = recognitions;
    }

    /** In id order after {@code after} (null for the first page). */
    List<ModelView> after(UUID after, int limit) {
        return views(idsAfter(after, limit));
    }

    /** Ids of published models in id order after {@code after} (null for the first page). */
    List<UUID> idsAfter(UUID after, int limit) {
        return jdbc.sql("""
                        SELECT id FROM catalog.model WHERE status = 'PUBLISHED'
                        AND (CAST(:after AS uuid) IS NULL OR id > CAST(:after AS uuid)) ORDER BY id LIMIT :limit
                        """)
                .param("after", after)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Those of the models given that are published, in id order. */
    List<ModelView> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(jdbc.sql("""
                        SELECT id FROM catalog.model WHERE status = 'PUBLISHED' AND id IN (:ids) ORDER BY id
                        """).param("ids", ids).query(UUID.class).list());
    }

    /** Published models as the public sees them, in the order given, with a few queries for all of them. */
    List<ModelView> views(List<UUID> ids) {
        Map<UUID, ModelView> approved = revisions.lastPublished(ids);
        List<UUID> withoutSnapshot =
                ids.stream().filter(id -> !approved.containsKey(id)).toList();
        Map<UUID, Model> unsnapshotted = new HashMap<>();
        models.findAllById(withoutSnapshot).forEach(model -> unsnapshotted.put(model.id(), model));
        Set<String> codes = new HashSet<>();
        approved.values().forEach(view -> {
            codes.add(view.place().communeCode());
            codes.add(view.locality().provinceCode());
        });
        unsnapshotted.values().forEach(model -> {
            codes.add(model.communeCode());
            codes.add(model.provinceCode());
        });
        Map<String, String> names = adminUnits.currentFullNames(codes);
        Map<UUID, List<RecognitionBadge>> badges = recognitions.of(ids);
        List<ModelView> page = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            List<RecognitionBadge> shown = badges.getOrDefault(id, List.of());
            ModelView view = approved.containsKey(id)
                    ? approved.get(id)
                    : unsnapshotted.get(id).view(null, shown);
            page.add(view.withToday(
                            new ModelView.TodaysNames(
                                    names.get(view.place().communeCode()),
                                    names.get(view.locality().provinceCode())),
                            shown)
                    .forPublic());
        }
        return page;
    }
}
