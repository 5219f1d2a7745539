package vn.danvankheo.search;

import java.util.Arrays;
import java.util.UUID;

/** Models' ids and stored coordinates as they are read, in growing primitive arrays rather than an object each. */
final class StoredPositions {

    private long[] idHighs = new long[1024];
    private long[] idLows = new long[1024];
    private int[] latitudes = new int[1024];
    private int[] longitudes = new int[1024];
    private int size;

    void add(UUID id, double latitude, double longitude) {
        if (size == latitudes.length) {
            int grown = size * 2;
            idHighs = Arrays.copyOf(idHighs, grown);
            idLows = Arrays.copyOf(idLows, grown);
            latitudes = Arrays.copyOf(latitudes, grown);
            longitudes = Arrays.copyOf(longitudes, grown);
        }
        idHighs[size] = id.getMostSignificantBits();
        idLows[size] = id.getLeastSignificantBits();
        latitudes[size] = PointEncoding.storedLatitude(latitude);
        longitudes[size] = PointEncoding.storedLongitude(longitude);
        size++;
    }

    int size() {
        return size;
    }

    long idHigh(int index) {
        return idHighs[index];
    }

    long idLow(int index) {
        return idLows[index];
    }

    int latitude(int index) {
        return latitudes[index];
    }

    int longitude(int index) {
        return longitudes[index];
    }
}
