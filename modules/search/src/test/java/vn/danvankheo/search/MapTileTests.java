package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.danvankheo.places.BoundingBox;

class MapTileTests {

    private static final BoundingBox VIETNAM = new BoundingBox(102.1, 8.2, 109.5, 23.4);

    @Test
    void aPointLiesInTheCellItIsCountedIn() {
        for (int precision : new int[] {0, 3, 9, 14, 22}) {
            MapTile tile = new MapTile(precision, MapTile.x(105.8342, precision), MapTile.y(21.0368, precision));
            BoundingBox cell =
                    MapTile.parse(precision + "/" + tile.x() + "/" + tile.y()).bounds();

            assertThat(cell.west()).isLessThanOrEqualTo(105.8342);
            assertThat(cell.east()).isGreaterThan(105.8342);
            assertThat(cell.south()).isLessThanOrEqualTo(21.0368);
            assertThat(cell.north()).isGreaterThan(21.0368);
            assertThat(tile.intersects(VIETNAM)).isTrue();
        }
    }

    @Test
    void fourCellsAcrossATileAtTheMapsZoom() {
        assertThat(MapTile.precisionFor(VIETNAM, 5)).isEqualTo(7);
        assertThat(MapTile.precisionFor(new BoundingBox(105.8, 21.0, 105.9, 21.1), 12))
                .isEqualTo(14);
    }

    @Test
    void aViewNeverHoldsMoreCellsThanTheLimitWhateverZoomIsClaimed() {
        for (int zoom = 0; zoom <= 22; zoom++) {
            int precision = MapTile.precisionFor(BoundingBox.world(), zoom);
            assertThat(MapTile.cellsCovering(BoundingBox.world(), precision)).isLessThanOrEqualTo(MapTile.MAX_CELLS);
            assertThat(MapTile.cellsCovering(VIETNAM, MapTile.precisionFor(VIETNAM, zoom)))
                    .isLessThanOrEqualTo(MapTile.MAX_CELLS);
        }
        assertThat(MapTile.precisionFor(BoundingBox.world(), 22)).isEqualTo(5);
    }
}
