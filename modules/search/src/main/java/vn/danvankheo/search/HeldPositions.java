package vn.danvankheo.search;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.danvankheo.places.BoundingBox;

/**
 * A snapshot of the models' positions with the changes indexed since it was read laid over it: what the index holds
 * now, counted per cell without waiting for the snapshot to be read again. A change says where a model is now (or that
 * it is gone), whether or not the snapshot already had it, so laying it over twice changes nothing.
 */
final class HeldPositions {

    private final PositionSnapshot snapshot;
    private final long readFrom;
    private final Map<UUID, Change> changes;

    private HeldPositions(PositionSnapshot snapshot, long readFrom, Map<UUID, Change> changes) {
        this.snapshot = snapshot;
        this.readFrom = readFrom;
        this.changes = changes;
    }

    /** Nothing read yet: changes are kept until a snapshot comes. */
    static HeldPositions none(long now) {
        return new HeldPositions(null, now, new ConcurrentHashMap<>());
    }

    boolean isRead() {
        return snapshot != null;
    }

    /** When reading the snapshot began. */
    long readFrom() {
        return readFrom;
    }

    int changeCount() {
        return changes.size();
    }

    /**
     * What the index now holds for this model: its stored position, or nothing when {@code published} is false. A
     * change the snapshot already shows is not kept, so that the same rows asked for again, or a burst the snapshot
     * was read after, do not pile up.
     */
    void changed(UUID model, boolean published, int latitude, int longitude, long at) {
        Change change = change(snapshot, published, latitude, longitude, at, model);
        if (change == null) {
            changes.remove(model);
        } else {
            changes.put(model, change);
        }
    }

    /**
     * A snapshot read since, with the changes made from {@code keepSince} on laid over it again: those the reading
     * may have missed.
     */
    HeldPositions over(PositionSnapshot next, long nextReadFrom, long keepSince) {
        Map<UUID, Change> kept = new ConcurrentHashMap<>();
        changes.forEach((model, change) -> {
            if (change.at() - keepSince >= 0) {
                Change over =
                        change(next, change.published(), change.latitude(), change.longitude(), change.at(), model);
                if (over != null) {
                    kept.put(model, over);
                }
            }
        });
        return new HeldPositions(next, nextReadFrom, kept);
    }

    /** The change as laid over this snapshot, or null where the snapshot already shows it. */
    private static Change change(
            PositionSnapshot snapshot, boolean published, int latitude, int longitude, long at, UUID model) {
        int was = snapshot == null ? -1 : snapshot.indexOf(model);
        boolean shown = published
                ? was >= 0 && snapshot.latitude(was) == latitude && snapshot.longitude(was) == longitude
                : was < 0 && snapshot != null;
        return shown ? null : new Change(published, latitude, longitude, at, was);
    }

    /** The models inside the box per cell of this precision; only once a snapshot is read. */
    CellSums cells(BoundingBox box, int precision) {
        CellSums sums = snapshot.cells(box, precision);
        StoredBox inside = StoredBox.of(box);
        for (Change change : changes.values()) {
            if (change.was() >= 0) {
                int latitude = snapshot.latitude(change.was());
                int longitude = snapshot.longitude(change.was());
                if (inside.contains(latitude, longitude)) {
                    sums.add(snapshot.cell(change.was(), precision), -1, -latitude, -longitude);
                }
            }
            if (change.published() && inside.contains(change.latitude(), change.longitude())) {
                sums.add(
                        PositionSnapshot.cell(change.latitude(), change.longitude(), precision),
                        1,
                        change.latitude(),
                        change.longitude());
            }
        }
        return sums;
    }

    /** @param was where the snapshot has the model, -1 if it does not */
    private record Change(boolean published, int latitude, int longitude, long at, int was) {}
}
