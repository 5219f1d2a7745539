package vn.danvankheo.search;

import java.util.Arrays;
import java.util.UUID;
import vn.danvankheo.places.BoundingBox;

/**
 * Where every published model was at one moment, sorted along a Z-order curve of geotiles at {@link #PRECISION}. Every
 * geotile of that precision or a coarser one is then one run of the arrays, so a cell's count is the run's length
 * and its centroid comes from running sums of the coordinates, without visiting its models; only the cells a view's
 * edge cuts are read model by model. Coordinates are kept as Elasticsearch stores them ({@link PointEncoding}).
 * Immutable.
 */
final class PositionSnapshot {

    /** Cells of map zooms up to 18, the map's deepest, are runs of the arrays. */
    static final int PRECISION = 20;

    /** A model's place in the arrays while they are sorted, beside its 40-bit key in one long. */
    private static final int INDEX_BITS = 23;

    /** More models than this fall back to Elasticsearch's aggregation. */
    static final int MAX_MODELS = 1 << INDEX_BITS;

    private static final long INDEX_MASK = MAX_MODELS - 1;

    /** A tile whose edges are this far inside a view, in degrees, holds only models inside it. */
    private static final double CLEARLY_INSIDE = 1e-6;

    private final long[] keys;
    private final int[] latitudes;
    private final int[] longitudes;
    private final long[] latitudeSums;
    private final long[] longitudeSums;
    private final long[] idHighs;
    private final long[] idLows;
    private final long[] byId;

    private PositionSnapshot(
            long[] keys,
            int[] latitudes,
            int[] longitudes,
            long[] latitudeSums,
            long[] longitudeSums,
            long[] idHighs,
            long[] idLows,
            long[] byId) {
        this.keys = keys;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.latitudeSums = latitudeSums;
        this.longitudeSums = longitudeSums;
        this.idHighs = idHighs;
        this.idLows = idLows;
        this.byId = byId;
    }

    /** The models read, in any order; the arrays are sorted here. */
    static PositionSnapshot of(StoredPositions read) {
        int size = read.size();
        if (size > MAX_MODELS) {
            throw new IllegalArgumentException(size + " models are more than the map keeps in memory");
        }
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = key(read.latitude(i), read.longitude(i)) << INDEX_BITS | i;
        }
        Arrays.sort(order);
        long[] keys = new long[size];
        int[] latitudes = new int[size];
        int[] longitudes = new int[size];
        long[] latitudeSums = new long[size + 1];
        long[] longitudeSums = new long[size + 1];
        long[] idHighs = new long[size];
        long[] idLows = new long[size];
        long[] byId = new long[size];
        for (int at = 0; at < size; at++) {
            int from = (int) (order[at] & INDEX_MASK);
            keys[at] = order[at] >>> INDEX_BITS;
            latitudes[at] = read.latitude(from);
            longitudes[at] = read.longitude(from);
            latitudeSums[at + 1] = latitudeSums[at] + latitudes[at];
            longitudeSums[at + 1] = longitudeSums[at] + longitudes[at];
            idHighs[at] = read.idHigh(from);
            idLows[at] = read.idLow(from);
            byId[at] = idHash(idHighs[at], idLows[at]) | at;
        }
        Arrays.sort(byId);
        return new PositionSnapshot(keys, latitudes, longitudes, latitudeSums, longitudeSums, idHighs, idLows, byId);
    }

    int size() {
        return keys.length;
    }

    /** What the arrays take on the heap. */
    long bytes() {
        return 8L * keys.length * 6 + 4L * keys.length * 2 + 16;
    }

    /** The models inside the box, edges included, counted and summed per cell of this precision. */
    CellSums cells(BoundingBox box, int precision) {
        StoredBox inside = StoredBox.of(box);
        int shift = shift(precision);
        int last = (1 << precision) - 1;
        // One tile more on each side: a model on a tile's edge is placed by Elasticsearch's formula, not by the box's.
        int west = Math.max(0, MapTile.x(box.west(), precision) - 1);
        int east = Math.min(last, MapTile.x(box.east(), precision) + 1);
        int north = Math.max(0, MapTile.y(box.north(), precision) - 1);
        int south = Math.min(last, MapTile.y(box.south(), precision) + 1);
        CellSums sums = new CellSums(precision);
        for (int y = north; y <= south; y++) {
            for (int x = west; x <= east; x++) {
                long cell = ZOrder.of(x, y);
                int from = firstAtOrAfter(cell << shift, 0);
                int to = firstAtOrAfter((cell + 1) << shift, from);
                if (from == to) {
                    continue;
                }
                if (clearlyInside(new MapTile(precision, x, y).bounds(), box)) {
                    sums.add(
                            cell,
                            to - from,
                            latitudeSums[to] - latitudeSums[from],
                            longitudeSums[to] - longitudeSums[from]);
                } else {
                    for (int at = from; at < to; at++) {
                        if (inside.contains(latitudes[at], longitudes[at])) {
                            sums.add(cell, 1, latitudes[at], longitudes[at]);
                        }
                    }
                }
            }
        }
        return sums;
    }

    /** Where this model is in the arrays, or -1. */
    int indexOf(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        long hash = idHash(high, low);
        int at = Arrays.binarySearch(byId, hash);
        at = at < 0 ? -at - 1 : at;
        for (; at < byId.length && (byId[at] & ~INDEX_MASK) == hash; at++) {
            int index = (int) (byId[at] & INDEX_MASK);
            if (idHighs[index] == high && idLows[index] == low) {
                return index;
            }
        }
        return -1;
    }

    int latitude(int index) {
        return latitudes[index];
    }

    int longitude(int index) {
        return longitudes[index];
    }

    /** The model's cell at this precision, as a Z-order code. */
    long cell(int index, int precision) {
        return keys[index] >>> shift(precision);
    }

    /** A stored position's cell at this precision, as a Z-order code. */
    static long cell(int latitude, int longitude, int precision) {
        return key(latitude, longitude) >>> shift(precision);
    }

    /** A position's cell at {@link #PRECISION}, as a Z-order code. */
    private static long key(int latitude, int longitude) {
        return ZOrder.of(PointEncoding.tileX(longitude, PRECISION), PointEncoding.tileY(latitude, PRECISION));
    }

    /** How far a key at {@link #PRECISION} is shifted to be the code of its cell at this precision. */
    private static int shift(int precision) {
        return 2 * (PRECISION - precision);
    }

    /** The first model whose key is at or after this one, looking from {@code from}. */
    private int firstAtOrAfter(long key, int from) {
        int low = from;
        int high = keys.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean clearlyInside(BoundingBox tile, BoundingBox box) {
        return tile.west() > box.west() + CLEARLY_INSIDE
                && tile.east() < box.east() - CLEARLY_INSIDE
                && tile.south() > box.south() + CLEARLY_INSIDE
                && tile.north() < box.north() - CLEARLY_INSIDE;
    }

    /** 40 well-mixed bits of the id above the index bits, never negative, so the sorted order is the numeric one. */
    private static long idHash(long high, long low) {
        long mixed = (high ^ Long.rotateLeft(low, 29)) * 0x9E3779B97F4A7C15L;
        return (mixed >>> (64 - 40)) << INDEX_BITS;
    }
}
