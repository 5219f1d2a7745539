package vn.danvankheo.catalog;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;

/**
 * The catalog's blocking API: call it from background work or through {@link PublishedModels} from reactive code,
 * never on an event-loop thread. Every change is recorded in the outbox in the same transaction.
 */
@Service
public class ModelCatalog {

    static final int WGS84 = 4326;
    static final int NEARBY_METERS = 200;

    private final ModelRepository models;
    private final Outbox outbox;
    private final ModelRules rules;
    private final ModelRevisions revisions;
    private final JdbcClient jdbc;
    private final AdminUnits adminUnits;
    private final UnitRegistry registeringUnits;
    private final RegistrationPlaces places;
    private final ModelAddresses addresses;
    private final Originals originals;
    private final EntityManager entities;
    private final Clock clock;
    private final ModelRecognitions recognitions;
    private final PublishedPages publishedPages;
    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), WGS84);

    ModelCatalog(
            ModelRepository models,
            Outbox outbox,
            ModelRevisions revisions,
            JdbcClient jdbc,
            AdminUnits adminUnits,
            UnitRegistry registeringUnits,
            RegistrationPlaces places,
            ModelAddresses addresses,
            Originals originals,
            EntityManager entities,
            ObjectProvider<Clock> clock,
            ModelRecognitions recognitions,
            PublishedPages publishedPages) {
        this.models = models;
        this.publishedPages = publishedPages;
        this.recognitions = recognitions;
        this.outbox = outbox;
        this.revisions = revisions;
        this.jdbc = jdbc;
        this.adminUnits = adminUnits;
        this.registeringUnits = registeringUnits;
        this.places = places;
        this.addresses = addresses;
        this.originals = originals;
        this.entities = entities;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.rules = new ModelRules(this.clock);
    }

    /**
     * Registers a model in the commune {@link #communeOf} found, which the guarded door has checked the account
     * against. Without a slug, the model gets the first free address its name gives.
     */
    @Transactional
    ModelView register(NewModel given, AdminUnit commune, Editor editor) {
        rules.check(given);
        Unit unit = registeringUnits
                .find(given.registeringUnitId())
                .orElseThrow(() -> new InvalidModelException("Cơ quan, đơn vị đăng ký không có trong danh sách."));
        String slug = addresses.forRegistration(given);
        if (given.replicates() != null) {
            originals.require(null, given.replicates());
        }
        Instant now = now();
        RecordedLocality locality = places.locality(given, commune, now);
        var point = geometry.createPoint(
                new Coordinate(given.location().longitude(), given.location().latitude()));
        Model model;
        try {
            model = models.saveAndFlush(new Model(UUID.randomUUID(), given, slug, unit, point, locality, now));
        } catch (DataIntegrityViolationException e) {
            // Two registrations of one slug at once: the check above passed for both, the unique index caught one.
            throw ModelAddresses.taken(slug);
        }
        // A new model has no badges yet; the view names its places as they are called now, both in one query.
        var names = adminUnits.currentFullNames(Set.of(model.communeCode(), model.provinceCode()));
        var today = new ModelView.TodaysNames(names.get(model.communeCode()), names.get(model.provinceCode()));
        return changed(model, model.view(today, List.of()), Revision.Change.REGISTERED, List.of(), editor, now);
    }

    /** Demo data appears published at once; one transaction, or a failure between would leave a stray draft. */
    @Transactional
    ModelView registerPublished(NewModel given, AdminUnit commune, Editor editor) {
        ModelView registered = register(given, commune, editor);
        return publish(registered.id(), registered.state().version(), editor);
    }

    /**
     * Registers every model or none: a model that fails rolls back the ones registered before it. Each stored model
     * leaves the persistence context, or every flush would check all the models registered before it (a file of
     * thousands of rows would slow down quadratically).
     */
    @Transactional
    List<ModelView> registerAll(List<Placed> given, Editor editor) {
        List<ModelView> registered = new ArrayList<>(given.size());
        for (Placed placed : given) {
            registered.add(register(placed.model(), placed.commune(), editor));
            entities.flush();
            entities.clear();
        }
        return registered;
    }

    /** A model to register and the commune it was checked in. */
    record Placed(NewModel model, AdminUnit commune) {}

    /** The commune a registration declares, named as in force today in Viet Nam; looked up once per registration. */
    @Transactional(readOnly = true)
    AdminUnit communeOf(NewModel given) {
        return places.communeOf(given, now());
    }

    /**
     * Models that are probably the one described: the same name (diacritics, case and punctuation aside) in the same
     * commune or within {@value #NEARBY_METERS} m, so that a model registered twice is noticed before it is.
     */
    @Transactional(readOnly = true)
    public List<ModelView> similar(String name, String communeCode, double latitude, double longitude) {
        String key = ModelNames.comparable(name);
        return models.findInCommuneOrNear(communeCode, latitude, longitude, NEARBY_METERS).stream()
                .filter(model -> ModelNames.comparable(model.name()).equals(key))
                .map(this::view)
                .toList();
    }

    @Transactional
    ModelView publish(UUID id, long basedOn, Editor editor) {
        return moved(id, basedOn, Revision.Change.PUBLISHED, editor, Model::publish);
    }

    /** The unit asks for review of the version it saw last, so it never offers changes it has not seen. */
    @Transactional
    ModelView submit(UUID id, long basedOn, Editor editor) {
        return moved(id, basedOn, Revision.Change.SUBMITTED, editor, Model::submit);
    }

    /** Returns the version the moderator reviewed to its unit, saying why; the public side does not change. */
    @Transactional
    ModelView sendBack(UUID id, long basedOn, String reason, Editor editor) {
        ModelRules.checkReason(reason);
        return moved(id, basedOn, Revision.Change.SENT_BACK, editor, (model, now) -> model.sendBack(reason, now));
    }

    /** Takes a model off the public map for good; its history stays. */
    @Transactional
    ModelView archive(UUID id, long basedOn, Editor editor) {
        return moved(id, basedOn, Revision.Change.ARCHIVED, editor, Model::archive);
    }

    /** A change of status, made to the version the editor saw, recorded and announced like any other change. */
    private ModelView moved(
            UUID id, long basedOn, Revision.Change change, Editor editor, BiConsumer<Model, Instant> transition) {
        Model model = atVersion(id, basedOn);
        Instant now = now();
        transition.accept(model, now);
        models.flush();
        return changed(model, change, List.of("status"), editor, now);
    }

    /**
     * What waits for a moderator in a locality (a province, a commune, or everywhere when both are null), oldest
     * first: new models sent for review and published models whose unit offers changes.
     */
    @Transactional(readOnly = true)
    public List<AwaitingReview> awaitingReview(String provinceCode, String communeCode) {
        return models.findAwaitingReview(provinceCode, communeCode).stream()
                .map(model -> {
                    ModelView view = view(model);
                    List<String> changed = view.isPublished() ? revisions.changedSinceApproval(view.id()) : List.of();
                    return AwaitingReview.ofModel(view, changed);
                })
                .toList();
    }

    /**
     * Whether a photo or video may be shown to anyone: it belongs to a published model, or to an approved update of
     * one. Archiving a model or withdrawing it takes its media off the public address.
     */
    @Transactional(readOnly = true)
    public boolean isPublicMedia(UUID mediaId) {
        return jdbc.sql("""
                        SELECT EXISTS (
                            SELECT 1 FROM catalog.model_photo p JOIN catalog.model m ON m.id = p.model_id
                            WHERE p.media_id = :media AND m.status = 'PUBLISHED')
                        OR EXISTS (
                            SELECT 1 FROM catalog.model_update u JOIN catalog.model m ON m.id = u.model_id
                            WHERE u.status = 'PUBLISHED' AND m.status = 'PUBLISHED'
                              AND u.media @> jsonb_build_array(jsonb_build_object('mediaId', CAST(:media AS text))))
                        """).param("media", mediaId).query(Boolean.class).single();
    }

    /** A unit's own models in a locality, latest change first, whatever their status. */
    @Transactional(readOnly = true)
    public List<ModelView> registeredBy(UUID unitId, String provinceCode, String communeCode) {
        return models.findByUnit(unitId, provinceCode, communeCode).stream()
                .map(this::view)
                .toList();
    }

    private Model atVersion(UUID id, long basedOn) {
        Model model = models.findById(id).orElseThrow(() -> new ModelNotFoundException(id.toString()));
        if (model.version() != basedOn) {
            throw new ModelEditConflictException(model.version());
        }
        return model;
    }

    /**
     * Applies an edit made to version {@code basedOn}. If the model has changed since, nothing is applied and the
     * editor is told: a later save never silently overwrites an earlier one.
     */
    @Transactional
    ModelView revise(UUID id, long basedOn, ModelEdit edit, Editor editor) {
        rules.check(edit);
        Model model = atVersion(id, basedOn);
        Instant now = now();
        List<String> changedFields = model.edit(edit, now);
        if (changedFields.isEmpty()) {
            return view(model);
        }
        try {
            models.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ModelEditConflictException(basedOn + 1);
        }
        return changed(model, Revision.Change.EDITED, changedFields, editor, now);
    }

    /**
     * Names the model this one replicates or learned from, or none ({@code original} null), on the version
     * the editor saw. On a published model the public sees the link once a moderator approves it, like any edit.
     */
    @Transactional
    ModelView nameOriginal(UUID id, long basedOn, UUID original, Editor editor) {
        Model model = atVersion(id, basedOn);
        if (original != null) {
            originals.require(id, original);
        }
        Instant now = now();
        if (!model.replicate(original, now)) {
            return view(model);
        }
        try {
            models.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ModelEditConflictException(basedOn + 1);
        }
        return changed(model, Revision.Change.EDITED, List.of("replicates"), editor, now);
    }

    /** Who changed what and when, oldest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(UUID id) {
        return revisions.history(id);
    }

    /** The model exactly as it read after the change that made {@code version}. */
    @Transactional(readOnly = true)
    public Optional<ModelView> asOf(UUID id, long version) {
        return revisions.asOf(id, version);
    }

    /** Every change is announced and recorded in the transaction that makes it. */
    private ModelView changed(Model model, Revision.Change change, List<String> fields, Editor editor, Instant now) {
        return changed(model, view(model), change, fields, editor, now);
    }

    private ModelView changed(
            Model model, ModelView after, Revision.Change change, List<String> fields, Editor editor, Instant now) {
        revisions.record(after, change, fields, editor);
        outbox.modelChanged(model.id(), now);
        return after;
    }

    private ModelView view(Model model) {
        String commune =
                adminUnits.current(model.communeCode()).map(AdminUnit::fullName).orElseThrow();
        String province = adminUnits
                .current(model.provinceCode())
                .map(AdminUnit::fullName)
                .orElseThrow();
        return model.view(new ModelView.TodaysNames(commune, province), recognitions.of(model.id()));
    }

    /** PostgreSQL keeps microseconds; a view must not differ from what a later read of the same row gives. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(readOnly = true)
    public Optional<ModelView> find(UUID id) {
        return models.findById(id).map(this::view);
    }

    /** What the public sees: the model as last approved, not edits made since, which wait for a moderator. */
    @Transactional(readOnly = true)
    public Optional<ModelView> findPublished(UUID id) {
        return models.findById(id).flatMap(this::publicView);
    }

    @Transactional(readOnly = true)
    public Optional<ModelView> findPublishedBySlug(String slug) {
        return models.findBySlug(slug).flatMap(this::publicView);
    }

    private Optional<ModelView> publicView(Model model) {
        ModelView now = view(model);
        if (!now.isPublished()) {
            return Optional.empty();
        }
        // Models published before revisions were kept have no approved snapshot; what they show was approved.
        return Optional.of(revisions
                .lastPublished(model.id())
                .map(approved -> approved.withToday(now.locality().today(), now.recognitions()))
                .orElse(now)
                .forPublic());
    }

    @Transactional(readOnly = true)
    public boolean existsBySlug(String slug) {
        return models.existsBySlug(slug);
    }

    /**
     * A page of published models as the public sees them, in id order after {@code after} (null for the first page):
     * a read model is rebuilt with a few queries per page, not several per model.
     */
    @Transactional(readOnly = true)
    public List<ModelView> publishedAfter(UUID after, int limit) {
        return publishedPages.after(after, limit);
    }

    /**
     * Ids of a page of published models, in id order after {@code after} (null for the first page): a read model that
     * keeps what it made of each model asks {@link #published} only for those it has nothing of.
     */
    @Transactional(readOnly = true)
    public List<UUID> publishedIdsAfter(UUID after, int limit) {
        return publishedPages.idsAfter(after, limit);
    }

    /** Those of the models given that are published, as the public sees them, in id order; a few queries for all. */
    @Transactional(readOnly = true)
    public List<ModelView> published(Collection<UUID> ids) {
        return publishedPages.of(ids);
    }

    /** One page of published models' addresses, in a fixed order, so a sitemap can be split into files. */
    @Transactional(readOnly = true)
    public List<PublishedAddress> publishedAddresses(int page, int size) {
        return models.findPublishedAddresses(org.springframework.data.domain.PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public long publishedCount() {
        return models.countByStatus(ModelStatus.PUBLISHED);
    }

    /** Ids of every published model, so a read model can be rebuilt from the source of truth. */
    @Transactional(readOnly = true)
    public List<UUID> publishedIds() {
        return models.findPublishedIds();
    }
}
