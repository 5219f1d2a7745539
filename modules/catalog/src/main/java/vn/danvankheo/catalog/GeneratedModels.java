package vn.danvankheo.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBWriter;
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
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.LocalityCheck;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.LocalityResolver.Coordinates;
import vn.danvankheo.places.UnitLevel;

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

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> MODEL_COLUMNS = List.of(
            "id",
            "slug",
            "name",
            "owner_name",
            "owner_kind",
            "registering_unit",
            "registering_unit_id",
            "field",
            "location",
            "commune_code",
            "commune_name",
            "province_code",
            "province_name",
            "locality_agrees",
            "locality_note",
            "year_started",
            "summary",
            "story",
            "details",
            "status",
            "review_requested",
            "sent_back_reason",
            "published_at",
            "created_at",
            "updated_at",
            "version",
            "seed_run",
            "replicates_id");
    private static final List<String> PHOTO_COLUMNS = List.of("model_id", "position", "media_id", "caption", "credit");
    private static final List<String> REVISION_COLUMNS = List.of(
            "model_id",
            "version",
            "changed_at",
            "changed_by",
            "changed_by_name",
            "change",
            "changed_fields",
            "snapshot");
    private static final List<String> UPDATE_COLUMNS = List.of(
            "id",
            "model_id",
            "written_at",
            "written_by",
            "written_by_name",
            "body",
            "indicator_values",
            "media",
            "status",
            "reviewed_at",
            "reviewed_by_name",
            "sent_back_reason",
            "version");
    private static final List<String> OUTBOX_COLUMNS =
            List.of("event_type", "model_id", "occurred_at", "next_attempt_at");

    private final JdbcTemplate jdbc;
    private final ModelRevisions revisions;
    private final AdminUnits adminUnits;
    private final UnitRegistry registeringUnits;
    private final LocalityResolver localities;
    private final JsonMapper json;
    private final Clock clock;
    private final ModelRules rules;
    private final WritePolicy policy;
    private final GeometryFactory geometry = new GeometryFactory(new PrecisionModel(), ModelCatalog.WGS84);
    private final Map<String, AdminUnit> unitsOnDay = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, AdminUnit> unitsToday = new java.util.concurrent.ConcurrentHashMap<>();

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
        this.revisions = revisions;
        this.adminUnits = adminUnits;
        this.registeringUnits = registeringUnits;
        this.localities = localities;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.rules = new ModelRules(this.clock);
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
            Map<UUID, List<ProgressUpdate>> publishedTimelines) {}

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
        Map<UUID, Unit> units = registeringUnits(fresh);
        List<RecordedLocality> places = localities(fresh);
        Instant claimedUntil = clock.instant().plus(OutboxRelay.LEASE);
        TableCopy models = new TableCopy("catalog.model", MODEL_COLUMNS);
        TableCopy photos = new TableCopy("catalog.model_photo", PHOTO_COLUMNS);
        TableCopy trail = new TableCopy("catalog.model_revision", REVISION_COLUMNS);
        TableCopy updates = new TableCopy("catalog.model_update", UPDATE_COLUMNS);
        TableCopy announcements = new TableCopy("catalog.outbox_event", OUTBOX_COLUMNS);
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
                    places.get(i),
                    generated.registeredAt());
            if (!given.photos().isEmpty()) {
                // Registering through JPA writes the photo rows as a change of the new model: its version is 1, not 0.
                model.countChange();
            }
            ModelView registered = view(model);
            trail.row(revision(registered, Revision.Change.REGISTERED, List.of(), editor));
            announcements.row(announcement(model.id(), generated.registeredAt(), claimedUntil));
            ModelView last = registered;
            if (generated.publishedAt() != null) {
                model.publish(generated.publishedAt());
                model.countChange();
                last = view(model);
                trail.row(revision(last, Revision.Change.PUBLISHED, List.of("status"), editor));
                announcements.row(announcement(model.id(), generated.publishedAt(), claimedUntil));
                published.add(last.forPublic());
                timelines.put(
                        model.id(), updates(last, generated.updates(), editor, claimedUntil, updates, announcements));
            }
            models.row(row(last, generated.registeredAt(), seedRun));
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
            TableCopy rows,
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
            rows.row(
                    update.id(),
                    update.modelId(),
                    update.writtenAt(),
                    editor.accountId(),
                    update.writtenByName(),
                    update.body(),
                    json.writeValueAsString(update.indicatorValues()),
                    json.writeValueAsString(update.media()),
                    update.status().name(),
                    update.reviewedAt(),
                    update.reviewedByName(),
                    update.sentBackReason(),
                    update.version());
            if (approved) {
                announcements.row(announcement(model.id(), generated.approvedAt(), claimedUntil));
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
     * Deletes generated models with their photos' rows, trail, updates and outbox entries; real records are never
     * touched, whatever ids are given.
     */
    @Transactional
    public int remove(List<UUID> ids) {
        UUID[] given = ids.toArray(UUID[]::new);
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

    /** As {@link ModelCatalog#register} looks the unit up and refuses an unknown one, for the whole batch at once. */
    private Map<UUID, Unit> registeringUnits(List<Generated> batch) {
        Map<UUID, Unit> found = registeringUnits.findAll(batch.stream()
                .map(generated -> generated.model().registeringUnitId())
                .collect(Collectors.toSet()));
        batch.forEach(generated -> {
            if (!found.containsKey(generated.model().registeringUnitId())) {
                throw new InvalidModelException("Cơ quan, đơn vị đăng ký không có trong danh sách.");
            }
        });
        return found;
    }

    /** As {@link ModelCatalog} records the locality, with the point checked for the whole batch in one query. */
    private List<RecordedLocality> localities(List<Generated> batch) {
        List<String> covering = localities.communesCovering(batch.stream()
                .map(generated -> new Coordinates(
                        generated.model().location().latitude(),
                        generated.model().location().longitude()))
                .toList());
        List<RecordedLocality> recorded = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ModelLocation location = batch.get(i).model().location();
            LocalDate day = LocalDate.ofInstant(batch.get(i).registeredAt(), VIETNAM);
            AdminUnit commune = unitOn(location.communeCode(), day);
            if (commune.level() != UnitLevel.COMMUNE) {
                throw new InvalidModelException(
                        "Mã xã, phường, đặc khu \"" + location.communeCode() + "\" không có trong danh mục.");
            }
            AdminUnit province = unitOn(commune.provinceCode(), day);
            if (commune.code().equals(covering.get(i))) {
                recorded.add(new RecordedLocality(commune, province, true, null));
            } else {
                LocalityCheck check = localities.check(commune.code(), location.latitude(), location.longitude());
                recorded.add(new RecordedLocality(
                        commune, province, check.agrees(), check.agrees() ? null : check.message()));
            }
        }
        return recorded;
    }

    private AdminUnit unitOn(String code, LocalDate day) {
        return unitsOnDay.computeIfAbsent(
                code + "@" + day,
                key -> adminUnits
                        .find(code, day)
                        .orElseThrow(() -> new InvalidModelException(
                                "Mã xã, phường, đặc khu \"" + code + "\" không có trong danh mục đơn vị hành chính.")));
    }

    private ModelView view(Model model) {
        String commune = unitToday(model.communeCode()).fullName();
        String province = unitToday(model.provinceCode()).fullName();
        // A model just generated has had no committee decide on it yet.
        return model.view(new ModelView.TodaysNames(commune, province), List.of());
    }

    private AdminUnit unitToday(String code) {
        return unitsToday.computeIfAbsent(code, key -> adminUnits.current(key).orElseThrow());
    }

    private Object[] row(ModelView model, Instant registeredAt, String seedRun) {
        ModelProfile profile = model.profile();
        ModelLocality locality = model.locality();
        ModelState state = model.state();
        return new Object[] {
            model.id(),
            model.slug(),
            profile.name(),
            profile.ownerName(),
            profile.ownerKind().name(),
            model.registeringUnit(),
            model.registeringUnitId(),
            profile.field().name(),
            // Extended WKB, with the SRID: the exact doubles, as ST_MakePoint would store them.
            WKBWriter.toHex(new WKBWriter(2, true)
                    .write(geometry.createPoint(new Coordinate(
                            model.place().longitude(), model.place().latitude())))),
            model.place().communeCode(),
            locality.communeName(),
            locality.provinceCode(),
            locality.provinceName(),
            locality.localityAgrees(),
            locality.localityNote(),
            profile.yearStarted(),
            profile.summary(),
            profile.story(),
            json.writeValueAsString(model.details()),
            state.status().name(),
            false,
            null,
            state.publishedAt(),
            registeredAt,
            state.updatedAt(),
            state.version(),
            seedRun,
            model.replicates()
        };
    }

    private Object[] revision(ModelView after, Revision.Change change, List<String> fields, Editor editor) {
        return new Object[] {
            after.id(),
            after.state().version(),
            after.state().updatedAt(),
            editor.accountId(),
            editor.name(),
            change.name(),
            fields.toArray(String[]::new),
            revisions.snapshot(after)
        };
    }

    private static Object[] announcement(UUID modelId, Instant occurredAt, Instant claimedUntil) {
        return new Object[] {"ModelChanged", modelId, occurredAt, claimedUntil};
    }
}
