package vn.danvankheo.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ProgressUpdate.NewUpdate;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityResolver;

/**
 * The bulk door for generated test data: a batch of models is checked by the same rules and written as the same
 * rows, audit trail and outbox entries that {@link ModelCatalog#register} followed by {@link ModelCatalog#publish}
 * would write, in one transaction and a few statements instead of several per model. Every row carries its seed
 * run, so generated models are never taken for real records and can all be removed.
 *
 * <p>The outbox entries are written already claimed, as the relay claims them: the caller indexes the batch in bulk
 * and then calls {@link #announced}. If it never does (the run was cut short), the relay delivers them once the claim
 * lapses, one by one, like any other change.
 */
@Service
public class GeneratedModels {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ModelRules rules;
    private final WritePolicy policy;
    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), ModelCatalog.WGS84);
    private final GeneratedRows rows;
    private final GeneratedPlaces places;

    GeneratedModels(
            JdbcTemplate jdbc,
            ModelRevisions revisions,
            AdminUnits adminUnits,
            UnitRegistry registeringUnits,
            LocalityResolver localities,
            JsonMapper json,
            WritePolicy policy,
            ObjectProvider<Clock> clock) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.rules = new ModelRules(this.clock);
        this.rows = new GeneratedRows(revisions, json, geometry);
        this.places = new GeneratedPlaces(adminUnits, registeringUnits, localities);
    }

    /**
     * A generated model: its id is fixed by the generator, so a run resumed after an interruption recognises what it
     * already wrote. {@code publishedAt} null leaves the model a draft; only a published model has progress updates.
     */
    public record Generated(
            UUID id, NewModel model, Instant registeredAt, Instant publishedAt, List<GeneratedUpdate> updates) {
        public Generated {
            updates = updates == null ? List.of() : List.copyOf(updates);
        }
    }

    /**
     * A progress update written at {@code writtenAt} and approved by a moderator at {@code approvedAt}, or still
     * waiting for one if that is null.
     */
    public record GeneratedUpdate(UUID id, NewUpdate update, Instant writtenAt, Instant approvedAt) {}

    /**
     * What a batch wrote: the models, and the public views of those published with their public timelines (newest
     * first), as the index should hold them. All written models' changes are to be {@link #announced}, drafts' too, as
     * the relay announces every change.
     */
    public record Loaded(
            List<UUID> written,
            int alreadyThere,
            List<ModelView> published,
            Map<UUID, List<ProgressUpdate>> publishedTimelines) {

        /**
         * The same batch with the badges its models were given since (by the generator's recognitions), as
         * {@link ModelRecognitions#of(java.util.Collection)} reads them: what the index should hold once they are.
         */
        public Loaded withRecognitions(Map<UUID, List<RecognitionBadge>> badges) {
            return new Loaded(
                    written,
                    alreadyThere,
                    published.stream()
                            .map(view ->
                                    view.withToday(view.locality().today(), badges.getOrDefault(view.id(), List.of())))
                            .toList(),
                    publishedTimelines);
        }
    }

    /**
     * Writes the batch's models that are not there yet, all or none; those already written are left as they are. Only
     * the platform writes generated data, under the name of its actor.
     */
    @Transactional
    public Loaded load(String seedRun, List<Generated> batch, Account actor) {
        if (!policy.isPlatform(actor)) {
            throw new NotPermittedException("Chỉ hệ thống mới được nạp dữ liệu sinh thử.");
        }
        Editor editor = new Editor(actor.id(), actor.displayName());
        batch.forEach(generated -> {
            rules.check(generated.model());
            if (generated.publishedAt() == null && !generated.updates().isEmpty()) {
                throw new InvalidModelException("Chỉ mô hình đã công bố mới có cập nhật tiến độ.");
            }
        });
        Set<UUID> present = present(batch);
        List<Generated> fresh = batch.stream()
                .filter(generated -> !present.contains(generated.id()))
                .toList();
        Map<UUID, Unit> units = places.registeringUnits(fresh);
        List<RecordedLocality> localities = places.localities(fresh);
        Instant claimedUntil = clock.instant().plus(OutboxRelay.LEASE);
        TableCopy models = rows.models();
        TableCopy photos = GeneratedRows.photos();
        TableCopy trail = GeneratedRows.trail();
        TableCopy updates = GeneratedRows.updates();
        TableCopy announcements = GeneratedRows.announcements();
        List<ModelView> published = new ArrayList<>();
        Map<UUID, List<ProgressUpdate>> timelines = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            Generated generated = fresh.get(i);
            NewModel given = generated.model();
            var point = geometry.createPoint(new Coordinate(
                    given.location().longitude(), given.location().latitude()));
            Model model = new Model(
                    generated.id(),
                    given,
                    given.slug(),
                    units.get(given.registeringUnitId()),
                    point,
                    localities.get(i),
                    generated.registeredAt());
            if (!given.photos().isEmpty()) {
                // Registering through JPA writes the photo rows as a change of the new model: its version is 1, not 0.
                model.countChange();
            }
            ModelView registered = view(model);
            trail.row(rows.revision(registered, Revision.Change.REGISTERED, List.of(), editor));
            announcements.row(GeneratedRows.announcement(model.id(), generated.registeredAt(), claimedUntil));
            ModelView last = registered;
            if (generated.publishedAt() != null) {
                model.publish(generated.publishedAt());
                model.countChange();
                last = view(model);
                trail.row(rows.revision(last, Revision.Change.PUBLISHED, List.of("status"), editor));
                announcements.row(GeneratedRows.announcement(model.id(), generated.publishedAt(), claimedUntil));
                published.add(last.forPublic());
                timelines.put(
                        model.id(), updates(last, generated.updates(), editor, claimedUntil, updates, announcements));
            }
            models.row(rows.model(last, generated.registeredAt(), seedRun));
            for (int position = 0; position < last.photos().size(); position++) {
                ModelView.PhotoView photo = last.photos().get(position);
                photos.row(model.id(), position, photo.mediaId(), photo.caption(), photo.credit());
            }
        }
        models.into(jdbc);
        photos.into(jdbc);
        trail.into(jdbc);
        updates.into(jdbc);
        announcements.into(jdbc);
        return new Loaded(fresh.stream().map(Generated::id).toList(), present.size(), published, timelines);
    }

    /**
     * Rows of a published model's updates, as {@link ProgressUpdates#write} and then {@link ProgressUpdates#publish}
     * would leave them, with the outbox entry each approval writes; returns the public timeline, newest first.
     */
    private List<ProgressUpdate> updates(
            ModelView model,
            List<GeneratedUpdate> given,
            Editor editor,
            Instant claimedUntil,
            TableCopy updateRows,
            TableCopy announcements) {
        List<ProgressUpdate> timeline = new ArrayList<>();
        for (GeneratedUpdate generated : given) {
            ProgressUpdates.check(generated.update(), model);
            boolean approved = generated.approvedAt() != null;
            ProgressUpdate update = new ProgressUpdate(
                    generated.id(),
                    model.id(),
                    generated.writtenAt(),
                    editor.name(),
                    generated.update().body().strip(),
                    generated.update().indicatorValues(),
                    generated.update().media(),
                    approved ? ProgressUpdate.Status.PUBLISHED : ProgressUpdate.Status.SUBMITTED,
                    generated.approvedAt(),
                    approved ? editor.name() : null,
                    null,
                    approved ? 1 : 0);
            updateRows.row(rows.update(update, editor));
            if (approved) {
                announcements.row(GeneratedRows.announcement(model.id(), generated.approvedAt(), claimedUntil));
                timeline.add(update);
            }
        }
        timeline.sort(Comparator.comparing(ProgressUpdate::writtenAt).reversed());
        return timeline;
    }

    /** The batch's changes reached every listener (the index): the relay need not deliver them again. */
    @Transactional
    public void announced(List<UUID> modelIds) {
        if (!modelIds.isEmpty()) {
            jdbc.update(
                    "UPDATE catalog.outbox_event SET published_at = ?, next_attempt_at = ? "
                            + "WHERE model_id = ANY(?) AND published_at IS NULL",
                    Timestamp.from(clock.instant()),
                    Timestamp.from(clock.instant()),
                    modelIds.toArray(UUID[]::new));
        }
    }

    /** How many models a seed run has written; a resumed run starts after them. */
    @Transactional(readOnly = true)
    public long count(String seedRun) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM catalog.model WHERE seed_run = ?", Long.class, seedRun);
        return count == null ? 0 : count;
    }

    /** Ids of up to {@code limit} generated models of any run, for removing them a chunk at a time. */
    @Transactional(readOnly = true)
    public List<UUID> someGenerated(int limit) {
        return jdbc.queryForList("SELECT id FROM catalog.model WHERE seed_run IS NOT NULL LIMIT ?", UUID.class, limit);
    }

    /** The photos generated models show and no real model does: removing generated data removes them. */
    @Transactional(readOnly = true)
    public Set<UUID> photosOfGeneratedOnly() {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT p.media_id FROM catalog.model_photo p JOIN catalog.model m ON m.id = p.model_id
                WHERE m.seed_run IS NOT NULL
                  AND NOT EXISTS (
                    SELECT 1 FROM catalog.model_photo r JOIN catalog.model rm ON rm.id = r.model_id
                    WHERE r.media_id = p.media_id AND rm.seed_run IS NULL)
                """, UUID.class));
    }

    /** The units real models are registered by: removing generated data must keep them, generated or not. */
    @Transactional(readOnly = true)
    public Set<UUID> unitsOfRealModels() {
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT registering_unit_id FROM catalog.model WHERE seed_run IS NULL", UUID.class));
    }

    /**
     * Deletes generated models with their photos' rows, trail, updates, badges and outbox entries; real records are
     * never touched, whatever ids are given.
     */
    @Transactional
    public int remove(List<UUID> ids) {
        UUID[] given = ids.toArray(UUID[]::new);
        jdbc.update(
                "DELETE FROM catalog.model_recognition WHERE model_id IN "
                        + "(SELECT id FROM catalog.model WHERE id = ANY(?) AND seed_run IS NOT NULL)",
                (Object) given);
        List<UUID> removed = jdbc.queryForList(
                "DELETE FROM catalog.model WHERE id = ANY(?) AND seed_run IS NOT NULL RETURNING id",
                UUID.class,
                (Object) given);
        jdbc.update("DELETE FROM catalog.outbox_event WHERE model_id = ANY(?)", (Object) removed.toArray(UUID[]::new));
        return removed.size();
    }

    private Set<UUID> present(List<Generated> batch) {
        UUID[] ids = batch.stream().map(Generated::id).toArray(UUID[]::new);
        return new HashSet<>(
                jdbc.queryForList("SELECT id FROM catalog.model WHERE id = ANY(?)", UUID.class, (Object) ids));
    }

    private ModelView view(Model model) {
        // A model just generated has had no committee decide on it yet.
        return model.view(places.today(model), List.of());
    }
}
