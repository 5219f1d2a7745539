package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows the bulk door copies, one shape per table, each holding what the write path stores in that table's
 * columns: the model, its photos, its trail, its progress updates and the outbox entries of its changes.
 */
final class GeneratedRows {

    private final ModelRevisions revisions;
    private final JsonMapper json;
    private final GeometryFactory geometry;

    GeneratedRows(ModelRevisions revisions, JsonMapper json, GeometryFactory geometry) {
        this.revisions = revisions;
        this.json = json;
        this.geometry = geometry;
    }

    TableCopy models() {
        return new TableCopy(
                "catalog.model",
                List.of(
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
                        "replicates_id"));
    }

    static TableCopy photos() {
        return new TableCopy("catalog.model_photo", List.of("model_id", "position", "media_id", "caption", "credit"));
    }

    static TableCopy trail() {
        return new TableCopy(
                "catalog.model_revision",
                List.of(
                        "model_id",
                        "version",
                        "changed_at",
                        "changed_by",
                        "changed_by_name",
                        "change",
                        "changed_fields",
                        "snapshot"));
    }

    static TableCopy updates() {
        return new TableCopy(
                "catalog.model_update",
                List.of(
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
                        "version"));
    }

    static TableCopy announcements() {
        return new TableCopy(
                "catalog.outbox_event", List.of("event_type", "model_id", "occurred_at", "next_attempt_at"));
    }

    Object[] model(ModelView model, Instant registeredAt, String seedRun) {
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

    Object[] revision(ModelView after, Revision.Change change, List<String> fields, Editor editor) {
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

    Object[] update(ProgressUpdate update, Editor editor) {
        return new Object[] {
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
            update.version()
        };
    }

    /** Written claimed until {@code claimedUntil}, as the relay claims entries: the caller indexes them itself. */
    static Object[] announcement(UUID modelId, Instant occurredAt, Instant claimedUntil) {
        return new Object[] {"ModelChanged", modelId, occurredAt, claimedUntil};
    }
}
