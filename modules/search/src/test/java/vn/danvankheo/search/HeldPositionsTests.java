package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.search.PositionSnapshotTests.Model;

/** Changes indexed after a snapshot are counted at once, and counted once whether or not the next snapshot has them. */
class HeldPositionsTests {

    private static final BoundingBox HA_NOI = new BoundingBox(105.3, 20.6, 106.1, 21.4);
    private static final int PRECISION = 11;

    private final List<Model> models = new ArrayList<>(List.of(
            new Model(UUID.randomUUID(), 21.03, 105.85),
            new Model(UUID.randomUUID(), 21.03, 105.85),
            new Model(UUID.randomUUID(), 20.9, 105.6),
            new Model(UUID.randomUUID(), 10.8, 106.7)));

    @Test
    void aPublishedModelIsCountedInItsCellBeforeTheSnapshotIsReadAgain() {
        HeldPositions held = HeldPositions.none(0).over(snapshot(models), 0, 0);
        Model added = new Model(UUID.randomUUID(), 21.2, 105.4);

        changed(held, added, true, 10);
        models.add(added);

        assertCountsAsOneByOne(held);
        assertThat(held.cells(HA_NOI, PRECISION).total()).isEqualTo(4);
    }

    @Test
    void aMovedModelLeavesItsOldCellAndAWithdrawnOneGoes() {
        HeldPositions held = HeldPositions.none(0).over(snapshot(models), 0, 0);
        Model moved = new Model(models.get(0).id(), 10.9, 106.6);
        Model withdrawn = models.get(2);

        changed(held, moved, true, 10);
        changed(held, withdrawn, false, 11);
        models.set(0, moved);
        models.remove(withdrawn);

        assertCountsAsOneByOne(held);
        assertThat(held.cells(HA_NOI, PRECISION).total()).isEqualTo(1);
    }

    @Test
    void aChangeTheNextSnapshotAlreadyHasIsNotCountedTwice() {
        HeldPositions held = HeldPositions.none(0).over(snapshot(models), 0, 0);
        Model added = new Model(UUID.randomUUID(), 21.1, 105.9);
        changed(held, added, true, 100);
        models.add(added);

        HeldPositions next = held.over(snapshot(models), 150, 50);

        assertThat(next.changeCount())
                .as("the snapshot shows it: nothing left to lay over")
                .isZero();
        assertCountsAsOneByOne(next);
        assertThat(next.cells(HA_NOI, PRECISION).total()).isEqualTo(4);
    }

    @Test
    void aChangeTheNextSnapshotMissedIsLaidOverItAgain() {
        HeldPositions held = HeldPositions.none(0).over(snapshot(models), 0, 0);
        Model added = new Model(UUID.randomUUID(), 21.1, 105.9);
        changed(held, added, true, 100);

        HeldPositions next = held.over(snapshot(models), 150, 50);
        models.add(added);

        assertThat(next.changeCount()).isEqualTo(1);
        assertCountsAsOneByOne(next);
    }

    @Test
    void rowsAskedForAgainThatTheSnapshotShowsAreNotKept() {
        HeldPositions held = HeldPositions.none(0).over(snapshot(models), 0, 0);

        models.forEach(model -> changed(held, model, true, 10));
        changed(held, new Model(UUID.randomUUID(), 21.1, 105.9), false, 10);

        assertThat(held.changeCount()).isZero();
        assertCountsAsOneByOne(held);
    }

    @Test
    void changesLongBeforeTheNextSnapshotAreLeftToIt() {
        HeldPositions held = HeldPositions.none(0).over(snapshot(models), 0, 0);
        Model added = new Model(UUID.randomUUID(), 21.1, 105.9);
        changed(held, added, true, 10);
        models.add(added);

        HeldPositions next = held.over(snapshot(models), 5_000, 3_500);

        assertThat(next.changeCount()).isZero();
        assertCountsAsOneByOne(next);
    }

    @Test
    void changesBeforeAnySnapshotWaitForIt() {
        HeldPositions none = HeldPositions.none(0);
        Model added = new Model(UUID.randomUUID(), 21.1, 105.9);
        changed(none, added, true, 10);

        HeldPositions first = none.over(snapshot(models), 5, 0);
        models.add(added);

        assertThat(first.isRead()).isTrue();
        assertCountsAsOneByOne(first);
    }

    private void assertCountsAsOneByOne(HeldPositions held) {
        for (BoundingBox box : List.of(HA_NOI, new BoundingBox(102, 8, 110, 24), new BoundingBox(106, 10, 107, 11))) {
            Map<BoundingBox, MapCluster> expected = PositionSnapshotTests.oneByOne(models, box, PRECISION);
            Map<BoundingBox, MapCluster> counted =
                    PositionSnapshotTests.byCell(held.cells(box, PRECISION).clusters());
            assertThat(counted.keySet()).as("cells of %s", box).isEqualTo(expected.keySet());
            expected.forEach((cell, cluster) ->
                    assertThat(counted.get(cell).count()).as("cell %s", cell).isEqualTo(cluster.count()));
        }
    }

    private static void changed(HeldPositions held, Model model, boolean published, long at) {
        held.changed(
                model.id(),
                published,
                PointEncoding.storedLatitude(model.latitude()),
                PointEncoding.storedLongitude(model.longitude()),
                at);
    }

    private static PositionSnapshot snapshot(List<Model> models) {
        StoredPositions stored = new StoredPositions();
        models.forEach(model -> stored.add(model.id(), model.latitude(), model.longitude()));
        return PositionSnapshot.of(stored);
    }
}
