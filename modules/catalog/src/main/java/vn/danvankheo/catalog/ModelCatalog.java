package vn.danvankheo.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's blocking API: call it from background work or through {@link PublishedModels} from reactive code,
 * never on an event-loop thread. Every change is recorded in the outbox in the same transaction.
 */
@Service
public class ModelCatalog {

    static final int WGS84 = 4326;

    private final ModelRepository models;
    private final Outbox outbox;
    private final ModelRules rules;
    private final Clock clock;
    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), WGS84);

    ModelCatalog(ModelRepository models, Outbox outbox, ObjectProvider<Clock> clock) {
        this.models = models;
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.rules = new ModelRules(this.clock);
    }

    @Transactional
    public ModelView register(NewModel given) {
        rules.check(given);
        if (models.existsBySlug(given.slug())) {
            throw new InvalidModelException("Đường dẫn \"" + given.slug() + "\" đã được mô hình khác dùng.");
        }
        Instant now = now();
        var point = geometry.createPoint(
                new Coordinate(given.location().longitude(), given.location().latitude()));
        Model model = models.saveAndFlush(new Model(UUID.randomUUID(), given, point, now));
        outbox.modelChanged(model.id(), now);
        return model.view();
    }

    @Transactional
    public ModelView publish(UUID id) {
        Model model = models.findById(id).orElseThrow(() -> new ModelNotFoundException(id.toString()));
        Instant now = now();
        model.publish(now);
        models.flush();
        outbox.modelChanged(id, now);
        return model.view();
    }

    /** PostgreSQL keeps microseconds; a view must not differ from what a later read of the same row gives. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(readOnly = true)
    public Optional<ModelView> find(UUID id) {
        return models.findById(id).map(Model::view);
    }

    @Transactional(readOnly = true)
    public Optional<ModelView> findPublished(UUID id) {
        return find(id).filter(ModelView::isPublished);
    }

    @Transactional(readOnly = true)
    public Optional<ModelView> findPublishedBySlug(String slug) {
        return models.findBySlug(slug).map(Model::view).filter(ModelView::isPublished);
    }

    @Transactional(readOnly = true)
    public boolean existsBySlug(String slug) {
        return models.existsBySlug(slug);
    }

    /** Ids of every published model, so a read model can be rebuilt from the source of truth. */
    @Transactional(readOnly = true)
    public List<UUID> publishedIds() {
        return models.findPublishedIds();
    }
}
