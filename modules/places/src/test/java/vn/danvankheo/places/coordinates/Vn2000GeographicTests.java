package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvankheo.places.coordinates.GroundDistance.degrees;
import static vn.danvankheo.places.coordinates.GroundDistance.metres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VN-2000 latitude/longitude (EPSG:4756) to WGS 84.
 *
 * <p>Published references, each giving the same points in both systems (degrees minutes seconds as printed):
 *
 * <ul>
 *   <li>Bộ Giao thông vận tải, Thông tư 37/2019/TT-BGTVT, phụ lục, vùng nước cảng biển Quảng Ngãi tại khu vực đảo Lý
 *       Sơn, as quoted by LawNet (nganhangphapluat.lawnet.vn, "Phạm vi vùng nước cảng biển Quảng Ngãi tại khu vực đảo
 *       Lý Sơn theo hệ tọa độ WGS84 và VN 2000"): LS1 WGS-84 15°22'29" 109°06'07", VN-2000 15°22'32.7" 109°06'00.5";
 *       LS2 15°20'32" 109°05'35" / 15°20'35.7" 109°05'28.5"; LS3 15°20'10" 109°07'06" / 15°20'13.7" 109°06'59.5"; LS4
 *       15°22'24" 109°07'43" / 15°22'27.7" 109°07'36.5".
 *   <li>Bộ Giao thông vận tải, Thông tư 20/2019/TT-BGTVT, phụ lục, vùng nước cảng biển Khánh Hòa, as quoted by Thư
 *       viện Pháp luật ("Tọa độ các điểm giới hạn ranh giới vùng nước cảng biển Khánh Hòa"): VP1 to NT7 below, e.g.
 *       VP1 WGS-84 12°33'36,0" 109°26'00,0", VN-2000 12°33'39,7" 109°25'53,6". Its Cam Ranh points C1 to C5 (e.g. C1
 *       WGS-84 11°58'08,8" 109°12'24,9", VN-2000 11°58'12,5" 109°12'18,4") are left out: there both columns are
 *       rounded and every longitude differs by 6.5" instead of the 6.4" of the Nha Trang points, which puts them 2.3 m
 *       from this conversion; that is within the rounding of two columns (up to 0.1", 3 m, per axis) but not 2 m.
 *   <li>Tổng công ty Bảo đảm an toàn hàng hải miền Bắc, thông báo hàng hải HPG-11-2025 (vms-north.com.vn, vùng nước
 *       trước bến container số 3, Cảng cửa ngõ quốc tế Hải Phòng): A2 VN-2000 20°47'52.1" 106°54'28.6", WGS-84
 *       20°47'48.5" 106°54'35.4"; B1 20°47'53.7" 106°54'31.4" / 20°47'50.1" 106°54'38.2"; B3 20°47'43.2" 106°54'38.0"
 *       / 20°47'39.6" 106°54'44.8"; B4 20°47'41.6" 106°54'35.1" / 20°47'38.0" 106°54'41.9".
 * </ul>
 *
 * The figures are rounded to 0.1" (about 3 m), so up to about 2 m of difference is rounding; measured, the largest is
 * 1.4 m (VP1). Rounding also hides the sign convention of the rotations (reading them the wrong way moves points by
 * 0.5 to 0.8 m), so that is checked against the Coordinate Frame formula worked by hand in {@link HelmertByHand}.
 */
class Vn2000GeographicTests {

    private final CoordinateReader reader = new CoordinateReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // point, VN-2000 latitude, VN-2000 longitude, WGS 84 latitude, WGS 84 longitude
        "LS1, 15 22 32.7, 109 06 00.5, 15 22 29, 109 06 07",
        "LS2, 15 20 35.7, 109 05 28.5, 15 20 32, 109 05 35",
        "LS3, 15 20 13.7, 109 06 59.5, 15 20 10, 109 07 06",
        "LS4, 15 22 27.7, 109 07 36.5, 15 22 24, 109 07 43",
        "VP1, 12 33 39.7, 109 25 53.6, 12 33 36.0, 109 26 00.0",
        "VP2, 12 28 03.7, 109 25 53.6, 12 28 00.0, 109 26 00.0",
        "VP3, 12 24 03.7, 109 20 23.6, 12 24 00.0, 109 20 30.0",
        "NT1, 12 14 17.7, 109 15 53.6, 12 14 14.0, 109 16 00.0",
        "NT2, 12 16 03.7, 109 13 35.6, 12 16 00.0, 109 13 42.0",
        "NT3, 12 16 03.7, 109 12 57.6, 12 16 00.0, 109 13 04.0",
        "NT4, 12 13 01.7, 109 12 25.6, 12 12 58.0, 109 12 32.0",
        "BT1, 12 12 31.6, 109 11 12.4, 12 12 27.9, 109 11 18.8",
        "BT2, 12 12 22.1, 109 11 12.0, 12 12 18.4, 109 11 18.4",
        "NT5, 12 09 20.7, 109 13 14.6, 12 09 17.0, 109 13 21.0",
        "NT6, 12 09 20.7, 109 16 41.6, 12 09 17.0, 109 16 48.0",
        "NT7, 12 11 06.7, 109 16 41.6, 12 11 03.0, 109 16 48.0",
        "A2, 20 47 52.1, 106 54 28.6, 20 47 48.5, 106 54 35.4",
        "B1, 20 47 53.7, 106 54 31.4, 20 47 50.1, 106 54 38.2",
        "B3, 20 47 43.2, 106 54 38.0, 20 47 39.6, 106 54 44.8",
        "B4, 20 47 41.6, 106 54 35.1, 20 47 38.0, 106 54 41.9"
    })
    void matchesPublishedPairsWithinTwoMetres(
            String point, String vnLatitude, String vnLongitude, String wgsLatitude, String wgsLongitude) {
        ReadCoordinate read = reader.readVn2000Geographic(degrees(vnLatitude), degrees(vnLongitude));

        assertThat(metres(read, degrees(wgsLatitude), degrees(wgsLongitude))).isLessThan(2.0);
        assertThat(read.format()).isEqualTo(CoordinateFormat.VN2000_GEOGRAPHIC);
        assertThat(read.notes()).containsExactly("Đã chuyển từ VN-2000 sang WGS 84.");
    }

    /**
     * The same transformation worked by hand with EPSG's Coordinate Frame signs agrees to the millimetre from the
     * far north to Trường Sa, where using those signs as PROJ's Position Vector rotations would be 0.5 to 0.8 m off.
     */
    @ParameterizedTest
    @CsvSource({
        "23.36, 105.32",
        "21.0285, 105.8542",
        "16.0544, 108.2022",
        "10.7769, 106.7009",
        "8.60, 104.72",
        "8.65, 111.92"
    })
    void agreesWithTheCoordinateFrameFormulaWorkedByHand(double latitude, double longitude) {
        double[] byHand = HelmertByHand.vn2000ToWgs84(latitude, longitude);

        ReadCoordinate read = reader.readVn2000Geographic(latitude, longitude);

        assertThat(metres(read, byHand[0], byHand[1])).isLessThan(0.005);
    }

    @Test
    void theShiftIsHundredsOfMetresSoTheDatumIsReallyApplied() {
        ReadCoordinate read = reader.readVn2000Geographic(21.0285, 105.8542);

        assertThat(metres(read, 21.0285, 105.8542)).isBetween(150.0, 300.0);
    }

    @Test
    void readsVn2000DegreesTypedAsText() {
        ReadCoordinate read = reader.read("VN-2000: 12°33’39,7” B, 109°25’53,6” Đ");

        assertThat(metres(read, degrees("12 33 36.0"), degrees("109 26 00.0"))).isLessThan(2.0);
        assertThat(read.format()).isEqualTo(CoordinateFormat.VN2000_GEOGRAPHIC);
        assertThat(read.notes()).containsExactly("Đã chuyển từ VN-2000 sang WGS 84.");
    }

    @Test
    void refusesValuesThatAreNotALatitudeAndLongitude() {
        assertThatThrownBy(() -> reader.readVn2000Geographic(Double.NaN, 105.85))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageContaining("hữu hạn");
        assertThatThrownBy(() -> reader.readVn2000Geographic(105.85, 21.03))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessage("Vĩ độ 105.85 nằm ngoài khoảng cho phép: vĩ độ chỉ từ -90 đến 90.");
    }
}
