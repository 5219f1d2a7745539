package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidCoordinateTests {

    private final CoordinateReader reader = new CoordinateReader();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void saysNothingWasGiven(String text) {
        assertThatThrownBy(() -> reader.read(text))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith("Chưa nhập tọa độ.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hồ Gươm, Hà Nội | Không đọc được tọa độ từ “Hồ Gươm, Hà Nội”.",
                "21.0285 | Mới có một giá trị. Cần đủ hai giá trị: vĩ độ và kinh độ",
                "21°01'42.6\"N | Mới có một giá trị. Cần đủ hai giá trị: vĩ độ và kinh độ",
                "21.0285 N, | Mới có một giá trị. Cần đủ hai giá trị: vĩ độ và kinh độ",
                "95.5 N, 105.85 E | Vĩ độ 95.5 nằm ngoài khoảng cho phép: vĩ độ chỉ từ -90 đến 90.",
                "21.03, 190.5 | Kinh độ 190.5 nằm ngoài khoảng cho phép: kinh độ chỉ từ -180 đến 180.",
                "NaN, 105.85 | Tọa độ phải là số thực hữu hạn; không nhận NaN hay vô cực.",
                "21.03, Infinity | Tọa độ phải là số thực hữu hạn; không nhận NaN hay vô cực.",
                "21°75'10\"N 105°51'15\"E | Số phút phải nhỏ hơn 60, nhưng đang là 75.",
                "21°01'60\"N 105°51'15\"E | Số giây phải nhỏ hơn 60, nhưng đang là 60.",
                "21 01.5 30 N, 105 51 15 E | Trong “21 01.5 30 n” số phút có phần lẻ",
                "21.5°30'N, 105°51'E | Trong “21.5 ° 30 ' n” số độ có phần lẻ",
                "120.5, 105.85 | Cả hai số đều lớn hơn 90 nên không số nào là vĩ độ được",
                "-21.03 N, 105.85 E | “-21.03 n” vừa có dấu âm vừa ghi hướng Bắc: hai điều này mâu thuẫn nhau.",
                "-105.85 Đ, 21.03 B | “-105.85 d” vừa có dấu âm vừa ghi hướng Đông",
                "21.03 N, 10.5 S | Cả hai giá trị đều được ghi là vĩ độ (Bắc/Nam).",
                "105.85 E 21.03 W | Cả hai giá trị đều được ghi là kinh độ (Đông/Tây).",
                "21 01 42 105 51 | Không tách được đâu là vĩ độ, đâu là kinh độ.",
                "21; 01; 105 | Không tách được đâu là vĩ độ, đâu là kinh độ."
            })
    void saysWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> reader.read(text))
                .isInstanceOf(InvalidCoordinateException.class)
                .hasMessageStartingWith(message);
    }
}
