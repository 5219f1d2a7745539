package vn.danvankheo.places.coordinates;

/**
 * Forward Transverse Mercator on the WGS 84 ellipsoid with Krüger's series to n⁴ (EPSG Guidance Note 7-2, method 9807,
 * "JHS" formulas), written out independently of proj4j so that VN-2000 X, Y can be made from published VN-2000
 * latitudes and longitudes. VN-2000 3° zones: k0 0.9999, false easting 500 000 m, no false northing.
 */
final class TransverseMercatorByHand {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E = Math.sqrt(F * (2 - F));
    private static final double N = F / (2 - F);
    private static final double B = A / (1 + N) * (1 + N * N / 4 + Math.pow(N, 4) / 64);
    private static final double[] H = {
        N / 2 - 2.0 / 3 * N * N + 5.0 / 16 * Math.pow(N, 3) + 41.0 / 180 * Math.pow(N, 4),
        13.0 / 48 * N * N - 3.0 / 5 * Math.pow(N, 3) + 557.0 / 1440 * Math.pow(N, 4),
        61.0 / 240 * Math.pow(N, 3) - 103.0 / 140 * Math.pow(N, 4),
        49561.0 / 161280 * Math.pow(N, 4)
    };

    private TransverseMercatorByHand() {}

    /** Returns {X northing, Y easting} in metres. */
    static double[] vn2000Plane(double latitude, double longitude, double centralMeridian) {
        double phi = Math.toRadians(latitude);
        double q = asinh(Math.tan(phi)) - E * atanh(E * Math.sin(phi));
        double beta = Math.atan(Math.sinh(q));
        double eta0 = atanh(Math.cos(beta) * Math.sin(Math.toRadians(longitude - centralMeridian)));
        double xi0 = Math.asin(Math.sin(beta) * Math.cosh(eta0));
        double xi = xi0;
        double eta = eta0;
        for (int i = 1; i <= 4; i++) {
            xi += H[i - 1] * Math.sin(2 * i * xi0) * Math.cosh(2 * i * eta0);
            eta += H[i - 1] * Math.cos(2 * i * xi0) * Math.sinh(2 * i * eta0);
        }
        double k0 = 0.9999;
        return new double[] {k0 * B * xi, 500_000 + k0 * B * eta};
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
