package vn.danvankheo.places.coordinates;

/**
 * VN-2000 geographic to WGS 84 written out from the formulas, independently of proj4j: geodetic to geocentric, the
 * 7-parameter transformation of Quyết định 05/2007/QĐ-BTNMT in the Coordinate Frame convention EPSG records for
 * transformation 6960 (EPSG Guidance Note 7-2, method 9607), then geocentric back to geodetic. Both datums use the
 * WGS 84 ellipsoid; heights are taken as zero.
 */
final class HelmertByHand {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double ARC_SECOND = Math.PI / (180 * 3600);

    private static final double TX = -191.90441429;
    private static final double TY = -39.30318279;
    private static final double TZ = -111.45032835;
    private static final double RX = -0.00928836 * ARC_SECOND;
    private static final double RY = 0.01975479 * ARC_SECOND;
    private static final double RZ = -0.00427372 * ARC_SECOND;
    private static final double SCALE = 1 + 0.252906278e-6;

    private HelmertByHand() {}

    /** Returns {latitude, longitude} on WGS 84. */
    static double[] vn2000ToWgs84(double latitude, double longitude) {
        double phi = Math.toRadians(latitude);
        double lambda = Math.toRadians(longitude);
        double n = A / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        double x = n * Math.cos(phi) * Math.cos(lambda);
        double y = n * Math.cos(phi) * Math.sin(lambda);
        double z = n * (1 - E2) * Math.sin(phi);

        double xt = SCALE * (x + RZ * y - RY * z) + TX;
        double yt = SCALE * (-RZ * x + y + RX * z) + TY;
        double zt = SCALE * (RY * x - RX * y + z) + TZ;

        double p = Math.hypot(xt, yt);
        double phiT = Math.atan2(zt, p * (1 - E2));
        for (int i = 0; i < 10; i++) {
            double nT = A / Math.sqrt(1 - E2 * Math.sin(phiT) * Math.sin(phiT));
            double h = p / Math.cos(phiT) - nT;
            phiT = Math.atan2(zt, p * (1 - E2 * nT / (nT + h)));
        }
        return new double[] {Math.toDegrees(phiT), Math.toDegrees(Math.atan2(yt, xt))};
    }
}
