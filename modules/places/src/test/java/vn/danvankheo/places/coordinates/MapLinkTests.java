package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapLinkTests {

    private static final double EXACT = 1e-9;

    private final CoordinateReader reader = new CoordinateReader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.google.com/maps/@21.0285,105.8542,15z",
                "https://www.google.com/maps/place/H%E1%BB%93+G%C6%B0%C6%A1m/@21.0285,105.8542,17z/data=!3m1!4b1",
                "https://www.google.com/maps?q=21.0285,105.8542",
                "https://maps.google.com/?q=loc:21.0285,+105.8542",
                "https://www.google.com/maps/search/?api=1&query=21.0285%2C105.8542",
                "https://maps.google.com/?ll=21.0285,105.8542&z=15",
                "https://www.google.com.vn/maps/place/21%C2%B001'42.6%22N+105%C2%B051'15.1%22E/@21.0300,105.85,14z",
                "https://www.openstreetmap.org/#map=17/21.0285/105.8542",
                "https://www.openstreetmap.org/?mlat=21.0285&mlon=105.8542#map=15/21.03/105.85",
                "https://maps.apple.com/?ll=21.0285,105.8542",
                "https://maps.apple.com/?q=H%E1%BB%93%20G%C6%B0%C6%A1m&sll=21.0285,105.8542",
                "https://www.bing.com/maps?cp=21.0285~105.8542&lvl=16",
                "geo:21.0285,105.8542",
                "geo:21.0285,105.8542;u=35",
                "geo:0,0?q=21.0285,105.8542(H%E1%BB%93%20G%C6%B0%C6%A1m)",
                "www.google.com/maps/@21.0285,105.8542,15z"
            })
    void findsThePointInLinks(String link) {
        ReadCoordinate read = reader.read(link);

        assertThat(read.latitude()).isCloseTo(21.0285, within(1e-4));
        assertThat(read.longitude()).isCloseTo(105.8542, within(1e-4));
        assertThat(read.format()).isEqualTo(CoordinateFormat.MAP_LINK);
    }

    @Test
    void prefersThePlaceOverTheViewCentreInGoogleLinks() {
        ReadCoordinate read = reader.read("https://www.google.com/maps/place/H%E1%BB%93+Ho%C3%A0n+Ki%E1%BA%BFm/"
                + "@21.0287,105.8500,17z/data=!3m1!4b1!4m6!3m5!1s0x3135ab953357c995:0x1babf6bb4f9a20e!8m2"
                + "!3d21.0285!4d105.8542!16zL20vMDJyNnM1?entry=ttu");

        assertThat(read.latitude()).isCloseTo(21.0285, within(EXACT));
        assertThat(read.longitude()).isCloseTo(105.8542, within(EXACT));
        assertThat(read.notes())
                .containsExactly(
                        "Đã lấy vị trí địa điểm (!3d, !4d) trong liên kết Google Maps, không lấy tâm khung nhìn (@).");
    }

    @Test
    void warnsWhenOnlyTheViewCentreIsKnown() {
        assertThat(reader.read("https://www.google.com/maps/@21.0285,105.8542,15z")
                        .notes())
                .containsExactly(
                        "Đã lấy tâm khung nhìn của liên kết Google Maps; tâm này có thể lệch khỏi điểm cần" + " chỉ.");
        assertThat(reader.read("https://maps.apple.com/?ll=21.0285,105.8542").notes())
                .containsExactly("Đã lấy tọa độ điểm trong liên kết Apple Maps.");
    }

    @Test
    void prefersTheOpenStreetMapMarkerOverTheView() {
        ReadCoordinate read =
                reader.read("https://www.openstreetmap.org/?mlat=10.7769&mlon=106.7009#map=12/10.8/106.6");

        assertThat(read.latitude()).isCloseTo(10.7769, within(EXACT));
        assertThat(read.longitude()).isCloseTo(106.7009, within(EXACT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://maps.app.goo.gl/AbCdEf123", "https://goo.gl/maps/AbCdEf123", "maps.app.goo.gl/x1"})
    void asksForTheFullLinkInsteadOfAShortOne(String link) {
        assertThatThrownBy(() -> reader.read(link))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageContaining("Liên kết rút gọn")
                .hasMessageContaining("dán địa chỉ đầy đủ");
    }

    @Test
    void saysWhenALinkHasNoCoordinates() {
        assertThatThrownBy(() -> reader.read("https://www.google.com/maps/place/H%E1%BB%93+G%C6%B0%C6%A1m"))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Không tìm thấy tọa độ trong liên kết này.");
    }

    @Test
    void checksTheRangeOfCoordinatesInLinks() {
        assertThatThrownBy(() -> reader.read("https://www.google.com/maps/@121.0285,105.8542,15z"))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessage("Vĩ độ 121.0285 nằm ngoài khoảng cho phép: vĩ độ chỉ từ -90 đến 90.");
    }
}
