package vn.danvankheo.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Models counted per geotile cell of one precision, with the sums of their stored coordinates for the centroid. */
final class CellSums {

    private final int precision;
    private final Map<Long, long[]> cells = new HashMap<>();

    CellSums(int precision) {
        this.precision = precision;
    }

    /** Adds models to a cell, or takes them away with a negative count and sums. */
    void add(long cell, long count, long latitudeSum, long longitudeSum) {
        long[] sums = cells.computeIfAbsent(cell, code -> new long[3]);
        sums[0] += count;
        sums[1] += latitudeSum;
        sums[2] += longitudeSum;
    }

    long total() {
        long total = 0;
        for (long[] sums : cells.values()) {
            total += sums[0];
        }
        return total;
    }

    /** The cells holding models, fullest first as Elasticsearch orders its buckets, each at its models' centroid. */
    List<MapCluster> clusters() {
        List<MapCluster> clusters = new ArrayList<>(cells.size());
        cells.forEach((cell, sums) -> {
            if (sums[0] > 0) {
                MapTile tile = new MapTile(precision, ZOrder.x(cell), ZOrder.y(cell));
                clusters.add(new MapCluster(
                        PointEncoding.latitude((double) sums[1] / sums[0]),
                        PointEncoding.longitude((double) sums[2] / sums[0]),
                        sums[0],
                        tile.bounds()));
            }
        });
        clusters.sort(Comparator.comparingLong(MapCluster::count).reversed());
        return clusters;
    }
}
