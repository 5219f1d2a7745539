package vn.danvankheo.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where a published model came from and where it spread, read for its public page; {@link Originals} says which links may be made. */
@Component
class Lineages {

    private final ModelCatalog catalog;
    private final PublishedPages publishedPages;
    private final JdbcClient jdbc;

    Lineages(ModelCatalog catalog, PublishedPages publishedPages, JdbcClient jdbc) {
        this.catalog = catalog;
        this.publishedPages = publishedPages;
        this.jdbc = jdbc;
    }

    /**
     * Published models only, each as last approved, so a link still waiting for a moderator shows on neither page.
     */
    @Transactional(readOnly = true)
    Lineage of(UUID id) {
        Optional<ModelView> model = catalog.findPublished(id);
        if (model.isEmpty()) {
            return Lineage.NONE;
        }
        Lineage.Link original = Optional.ofNullable(model.get().replicates())
                .flatMap(catalog::findPublished)
                .map(Lineage.Link::of)
                .orElse(null);
        List<UUID> replicas = jdbc.sql("""
                        SELECT id FROM catalog.model WHERE replicates_id = :id AND status = 'PUBLISHED'
                        ORDER BY year_started, published_at, id
                        """).param("id", id).query(UUID.class).list();
        List<Lineage.Link> replications = publishedPages.views(replicas).stream()
                .filter(replica -> id.equals(replica.replicates()))
                .map(Lineage.Link::of)
                .toList();
        return new Lineage(original, replications);
    }
}
