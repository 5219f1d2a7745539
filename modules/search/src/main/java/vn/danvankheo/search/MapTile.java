package vn.danvankheo.search;

import vn.danvankheo.places.BoundingBox;

/**
 * A cell of Elasticsearch's geotile grid, which is the slippy-map tile scheme Leaflet draws: at precision p the world
 * is 2^p by 2^p tiles, Web Mercator, y counted from the north.
 */
record MapTile(int precision, int x, int y) {

    /** Web Mercator's limit: tiles end here, and so do the boxes we ask about. */
    static final double MAX_LATITUDE = 85.0511287798;

    /** Cells in one view at most, well under the ~2,000 features a view may carry. */
    static final int MAX_CELLS = 1_024;

    static final int MAX_PRECISION = 29;

    /** Parses the bucket key Elasticsearch gives, "precision/x/y". */
    static MapTile parse(String key) {
        String[] parts = key.split("/");
        return new MapTile(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /**
     * Four cells across a 256-pixel tile at this zoom (cells of about 64 pixels), but never so fine that the box
     * would hold more than {@link #MAX_CELLS}: whatever the box and zoom a client sends, the answer stays small.
     */
    static int precisionFor(BoundingBox box, int zoom) {
        int precision = Math.max(0, Math.min(zoom + 2, MAX_PRECISION));
        while (precision > 0 && cellsCovering(box, precision) > MAX_CELLS) {
            precision--;
        }
        return precision;
    }

    static long cellsCovering(BoundingBox box, int precision) {
        long across = x(box.east(), precision) - x(box.west(), precision) + 1L;
        long down = y(box.south(), precision) - y(box.north(), precision) + 1L;
        return across * down;
    }

    static int x(double longitude, int precision) {
        long n = 1L << precision;
        return (int) Math.min(n - 1, Math.max(0, (long) Math.floor((longitude + 180) / 360 * n)));
    }

    static int y(double latitude, int precision) {
        long n = 1L << precision;
        double lat = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)));
        double mercator = Math.log(Math.tan(lat) + 1 / Math.cos(lat));
        return (int) Math.min(n - 1, Math.max(0, (long) Math.floor((1 - mercator / Math.PI) / 2 * n)));
    }

    BoundingBox bounds() {
        double n = 1L << precision;
        return new BoundingBox(x / n * 360 - 180, latitudeOf(y + 1, n), (x + 1) / n * 360 - 180, latitudeOf(y, n));
    }

    boolean intersects(BoundingBox box) {
        return x >= x(box.west(), precision)
                && x <= x(box.east(), precision)
                && y >= y(box.north(), precision)
                && y <= y(box.south(), precision);
    }

    private static double latitudeOf(double tileY, double n) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * tileY / n))));
    }
}
