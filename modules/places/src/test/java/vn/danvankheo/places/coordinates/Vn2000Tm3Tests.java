package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvankheo.places.coordinates.GroundDistance.degrees;
import static vn.danvankheo.places.coordinates.GroundDistance.metres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VN-2000 plane coordinates of the provincial 3° zones to WGS 84.
 *
 * <p>No published table pairing VN-2000 X, Y with WGS 84 was found, so two kinds of reference are used:
 *
 * <ul>
 *   <li>The published VN-2000/WGS 84 pairs of {@link Vn2000GeographicTests} (Thông tư 37/2019/TT-BGTVT, Thông tư
 *       20/2019/TT-BGTVT, thông báo hàng hải HPG-11-2025), with the VN-2000 latitude/longitude projected to X, Y by
 *       {@link TransverseMercatorByHand}, an independent computation, not a published figure. The WGS 84 side is
 *       published; tolerance 2 m for its 0.1" rounding.
 *   <li>Worked examples from open-source converters: github.com/guitarkhongem/vn2000towgs84tovn2000 (default input
 *       X=1855759.3584, Y=546151.8072, H=846.1115 m, KTT 106°15'; sample result 16.77839876, 106.68477742 in {@code
 *       functions.py}), computed there with a hand-written TM-3 inverse and the Coordinate Frame Helmert of Quyết định
 *       05/2007/QĐ-BTNMT, agreeing here to 3 cm; and github.com/namlunkaka/vn2000-converter ({@code test/spec.js}:
 *       E=557975.802, N=1142228.861, Đồng Tháp, KTT 105°00' gives 105.53115606, 10.32843706), which passes EPSG's
 *       Coordinate Frame rotations to proj4js as Position Vector ones and so sits 0.55 m away.
 * </ul>
 */
class Vn2000Tm3Tests {

    private final CoordinateReader reader = new CoordinateReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // point, zone, VN-2000 latitude, VN-2000 longitude, WGS 84 latitude, WGS 84 longitude
        "LS1 Quảng Ngãi, MERIDIAN_108_00, 15 22 32.7, 109 06 00.5, 15 22 29, 109 06 07",
        "LS3 Quảng Ngãi, MERIDIAN_108_00, 15 20 13.7, 109 06 59.5, 15 20 10, 109 07 06",
        "VP1 Khánh Hòa, MERIDIAN_108_15, 12 33 39.7, 109 25 53.6, 12 33 36.0, 109 26 00.0",
        "NT4 Khánh Hòa, MERIDIAN_108_15, 12 13 01.7, 109 12 25.6, 12 12 58.0, 109 12 32.0",
        "NT7 Khánh Hòa, MERIDIAN_108_15, 12 11 06.7, 109 16 41.6, 12 11 03.0, 109 16 48.0",
        "A2 Hải Phòng, MERIDIAN_105_45, 20 47 52.1, 106 54 28.6, 20 47 48.5, 106 54 35.4",
        "B3 Hải Phòng, MERIDIAN_105_45, 20 47 43.2, 106 54 38.0, 20 47 39.6, 106 54 44.8"
    })
    void projectedPublishedPointsLandOnTheirPublishedWgs84Position(
            String point,
            Vn2000Zone zone,
            String vnLatitude,
            String vnLongitude,
            String wgsLatitude,
            String wgsLongitude) {
        double[] plane =
                TransverseMercatorByHand.vn2000Plane(degrees(vnLatitude), degrees(vnLongitude), zone.centralMeridian());

        ReadCoordinate read = reader.readVn2000(plane[0], plane[1], zone);

        assertThat(metres(read, degrees(wgsLatitude), degrees(wgsLongitude))).isLessThan(2.0);
        assertThat(read.format()).isEqualTo(CoordinateFormat.VN2000_TM3);
    }

    @Test
    void matchesTheHandWrittenConverterExampleOnQuangTriMeridian() {
        ReadCoordinate read = reader.readVn2000(1855759.3584, 546151.8072, Vn2000Zone.MERIDIAN_106_15);

        assertThat(metres(read, 16.77839876, 106.68477742)).isLessThan(0.1);
        assertThat(read.notes())
                .containsExactly("Đã chuyển từ VN-2000 (múi chiếu 3°, kinh tuyến trục 106°15') sang WGS 84.");
    }

    @Test
    void matchesTheProj4jsConverterExampleOnDongThapMeridianUpToItsRotationSigns() {
        ReadCoordinate read = reader.readVn2000(1142228.861, 557975.802, Vn2000Zone.MERIDIAN_105_00);

        assertThat(metres(read, 10.32843706, 105.53115606)).isBetween(0.4, 0.7);
    }

    @Test
    void readsLabelledXyWithTheMeridianInText() {
        ReadCoordinate read = reader.read("X = 1855759.3584; Y = 546151.8072; KTT 106°15'");

        assertThat(metres(read, 16.77839876, 106.68477742)).isLessThan(0.1);
        assertThat(read.format()).isEqualTo(CoordinateFormat.VN2000_TM3);
        assertThat(read.notes())
                .containsExactly("Đã chuyển từ VN-2000 (múi chiếu 3°, kinh tuyến trục 106°15') sang WGS 84.");
    }

    @Test
    void readsYBeforeXWhenLabelled() {
        ReadCoordinate read = reader.read("Y=546151,8072 X=1855759,3584 kinh tuyến trục 106°15′");

        assertThat(metres(read, 16.77839876, 106.68477742)).isLessThan(0.1);
    }

    @Test
    void readsTheDatumNameFollowedByTheMeridianInDecimalDegrees() {
        ReadCoordinate read = reader.read("VN-2000 106.25: 1855759.3584, 546151.8072");

        assertThat(metres(read, 16.77839876, 106.68477742)).isLessThan(0.1);
        assertThat(read.notes())
                .containsExactly(
                        "Đã hiểu là X (hướng bắc), Y (hướng đông) theo cách ghi của VN-2000.",
                        "Đã chuyển từ VN-2000 (múi chiếu 3°, kinh tuyến trục 106°15') sang WGS 84.");
    }

    @Test
    void takesUnlabelledEastingFirstOnlyWhenItCannotBeANorthing() {
        ReadCoordinate read = reader.read("VN-2000, KTT 106°15', múi chiếu 3°: 546151.8072 1855759.3584");

        assertThat(metres(read, 16.77839876, 106.68477742)).isLessThan(0.1);
        assertThat(read.notes())
                .first()
                .isEqualTo("Đã hiểu là Y (hướng đông), X (hướng bắc) vì số đầu quá nhỏ để là X.");
    }

    @Test
    void asksForTheMeridianWhenItIsMissing() {
        assertThatThrownBy(() -> reader.read("X=2324567.12 Y=587654.32"))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Tọa độ phẳng VN-2000 (X, Y) cần kèm kinh tuyến trục của tỉnh");
    }

    @Test
    void refusesAMeridianNoProvinceUses() {
        assertThatThrownBy(() -> reader.read("X=2324567.12 Y=587654.32 KTT 103°30'"))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Kinh tuyến trục 103°30' không có trong danh sách");
    }

    @Test
    void refusesSwappedXAndY() {
        assertThatThrownBy(() -> reader.readVn2000(546151.8072, 1855759.3584, Vn2000Zone.MERIDIAN_106_15))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Có vẻ X và Y bị đảo chỗ (X=546151.8072, Y=1855759.3584)");
    }

    @Test
    void refusesFiguresOutsideVietnam() {
        assertThatThrownBy(() -> reader.readVn2000(5_000_000, 500_000, Vn2000Zone.MERIDIAN_105_00))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Tọa độ VN-2000 X=5000000, Y=500000 nằm ngoài Việt Nam");
        assertThatThrownBy(() -> reader.readVn2000(Double.POSITIVE_INFINITY, 500_000, Vn2000Zone.MERIDIAN_105_00))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageContaining("hữu hạn");
    }

    @Test
    void wantsBothValuesOnce() {
        assertThatThrownBy(() -> reader.read("X=1855759.3584 KTT 106°15'"))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Tọa độ phẳng VN-2000 cần đủ hai giá trị");
    }
}
