package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class LocalityResolverIntegrationTests extends PlacesIntegrationTest {

    @Autowired
    LocalityResolver resolver;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Hồ Gươm, 21.0287, 105.8524, 00070, Phường Hoàn Kiếm, Thành phố Hà Nội",
        "Quảng trường Ba Đình, 21.0368, 105.8342, 00004, Phường Ba Đình, Thành phố Hà Nội",
        "Cột cờ Lũng Cú (border), 23.3636, 105.3163, 00715, Xã Lũng Cú, Tỉnh Tuyên Quang",
        "Móng Cái (border and coast), 21.5300, 107.9700, 06712, Phường Móng Cái 1, Tỉnh Quảng Ninh",
        "Hà Tiên (border and coast), 10.3830, 104.4870, 30769, Phường Hà Tiên, Tỉnh An Giang",
        "Phú Quốc (island), 10.2270, 103.9670, 31078, Đặc khu Phú Quốc, Tỉnh An Giang",
        "Côn Đảo (island), 8.6820, 106.6090, 26732, Đặc khu Côn Đảo, Thành phố Hồ Chí Minh",
        "Trường Sa Lớn (island), 8.6444, 111.9208, 22736, Đặc khu Trường Sa, Tỉnh Khánh Hoà"
    })
    void knownPointsResolveToTheirCommune(
            String place, double lat, double lon, String code, String commune, String province) {
        Locality locality = resolver.resolve(lat, lon);

        assertThat(locality.placement()).isEqualTo(Placement.INSIDE);
        assertThat(locality.commune().code()).isEqualTo(code);
        assertThat(locality.commune().fullName()).isEqualTo(commune);
        assertThat(locality.province().fullName()).isEqualTo(province);
        assertThat(locality.distanceMeters()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "under a km off Nha Trang, 12.2400, 109.2400, 22366, 500, 1500",
        "twelve km off Nha Trang, 12.2000, 109.4500, 22366, 11000, 13000",
        "off an island of Hoàng Sa, 16.8330, 112.3350, 20333, 1000, 2500"
    })
    void pointsAtSeaNearTheCoastGoToTheNearestCommuneAndSaySo(
            String place, double lat, double lon, String code, double minMeters, double maxMeters) {
        Locality locality = resolver.resolve(lat, lon);

        assertThat(locality.placement()).isEqualTo(Placement.AT_SEA_NEAR_COAST);
        assertThat(locality.commune().code()).isEqualTo(code);
        assertThat(locality.distanceMeters()).isBetween(minMeters, maxMeters);
        assertThat(locality.message()).contains("trên biển", locality.commune().fullName());
        assertThat(locality.isPlaced()).isTrue();
    }

    @Test
    void pointsFarOutAtSeaAreOutsideVietnam() {
        Locality manila = resolver.resolve(14.5995, 120.9842);

        assertThat(manila.placement()).isEqualTo(Placement.OUTSIDE_VIETNAM);
        assertThat(manila.commune()).isNull();
        assertThat(manila.message()).contains("ngoài Việt Nam");
    }

    @Test
    void pointsOnNeighbouringLandAreOutsideVietnamEvenCloseToTheBorder() {
        Locality vientiane = resolver.resolve(17.9757, 102.6331);
        assertThat(vientiane.placement()).isEqualTo(Placement.OUTSIDE_VIETNAM);
        assertThat(vientiane.neighbourCountry()).isEqualTo("Lào");

        // Dongxing, China: across the Ka Long river from Móng Cái, well within the coastal tolerance.
        Locality dongxing = resolver.resolve(21.5480, 107.9720);
        assertThat(dongxing.isPlaced()).isFalse();
        assertThat(dongxing.neighbourCountry()).isEqualTo("Trung Quốc");
    }

    @Test
    void impossibleCoordinatesAreRefused() {
        assertThatThrownBy(() -> resolver.resolve(91, 105))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vĩ độ");
        assertThatThrownBy(() -> resolver.resolve(Double.NaN, 105)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeclaredCommuneThatDisagreesWithThePointIsFlaggedNotFixed() {
        LocalityCheck agrees = resolver.check("00070", 21.0287, 105.8524);
        assertThat(agrees.agrees()).isTrue();

        LocalityCheck disagrees = resolver.check("00004", 21.0287, 105.8524);
        assertThat(disagrees.agrees()).isFalse();
        assertThat(disagrees.declared().code()).isEqualTo("00004");
        assertThat(disagrees.resolved().commune().code()).isEqualTo("00070");
        assertThat(disagrees.message()).contains("Phường Hoàn Kiếm", "Phường Ba Đình", "không khớp");

        assertThatThrownBy(() -> resolver.check("99999", 21.0287, 105.8524))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không có trong danh mục");
    }
}
