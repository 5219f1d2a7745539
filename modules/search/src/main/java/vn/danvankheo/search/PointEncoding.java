package vn.danvankheo.search;

/**
 * How Elasticsearch keeps a {@code geo_point}: each axis as a 32-bit integer (Lucene's {@code GeoEncodingUtils}), and
 * how its bounding box and geotile grid read those integers. Positions held in memory are kept the same way, so that a
 * model inside a view, and the cell it falls in, are what Elasticsearch would say.
 */
final class PointEncoding {

    // Lucene's constants as Lucene computes them: 180 / 2^32 written directly differs in the last bit.
    private static final double LATITUDE_STEP = 1 / ((1L << 32) / 180.0);
    private static final double LONGITUDE_STEP = 1 / ((1L << 32) / 360.0);

    private PointEncoding() {}

    static int storedLatitude(double latitude) {
        return (int) Math.floor(belowNorthPole(latitude) / LATITUDE_STEP);
    }

    /** A box's southern edge: the first stored latitude on or above it. */
    static int storedLatitudeCeil(double latitude) {
        return (int) Math.ceil(belowNorthPole(latitude) / LATITUDE_STEP);
    }

    static int storedLongitude(double longitude) {
        return (int) Math.floor(westOfAntimeridian(longitude) / LONGITUDE_STEP);
    }

    /** A box's western edge: the first stored longitude on or east of it. */
    static int storedLongitudeCeil(double longitude) {
        return (int) Math.ceil(westOfAntimeridian(longitude) / LONGITUDE_STEP);
    }

    /** A stored latitude, or the mean of several, in degrees. */
    static double latitude(double stored) {
        return stored * LATITUDE_STEP;
    }

    static double longitude(double stored) {
        return stored * LONGITUDE_STEP;
    }

    /** The geotile column at this precision: the map's and Elasticsearch's formula are the same. */
    static int tileX(int storedLongitude, int precision) {
        return MapTile.x(longitude(storedLongitude), precision);
    }

    /**
     * The geotile row at this precision, counted from the north, as Elasticsearch's {@code GeoTileUtils} computes it:
     * not {@link MapTile#y}'s formula, which can differ in the last bit on a tile's edge.
     */
    static int tileY(int storedLatitude, int precision) {
        long tiles = 1L << precision;
        double latitude = Math.max(-MapTile.MAX_LATITUDE, Math.min(MapTile.MAX_LATITUDE, latitude(storedLatitude)));
        double sine = Math.cos(Math.PI / 2 - Math.toRadians(latitude));
        long y = (long) Math.floor((0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * tiles);
        return (int) Math.max(0, Math.min(tiles - 1, y));
    }

    private static double belowNorthPole(double latitude) {
        return latitude == 90.0 ? Math.nextDown(latitude) : latitude;
    }

    private static double westOfAntimeridian(double longitude) {
        return longitude == 180.0 ? Math.nextDown(longitude) : longitude;
    }
}
