package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class AdminUnitsIntegrationTests extends PlacesIntegrationTest {

    @Autowired
    AdminUnits units;

    @Test
    void aUnitKeepsTheNameItHadAndShowsTodaysBesideIt() {
        AdminUnit in2025 = units.find("26248", LocalDate.of(2025, 9, 1)).orElseThrow();
        AdminUnit today = units.current("26248").orElseThrow();

        assertThat(in2025.fullName()).isEqualTo("Xã Trảng Bom");
        assertThat(in2025.unitType()).isEqualTo("Xã");
        assertThat(in2025.validTo()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(today.fullName()).isEqualTo("Phường Trảng Bom");
        assertThat(today.isCurrent()).isTrue();
        assertThat(units.find("75", LocalDate.of(2026, 1, 1)).orElseThrow().fullName())
                .isEqualTo("Tỉnh Đồng Nai");
        assertThat(units.find("75", LocalDate.of(2026, 5, 1)).orElseThrow().fullName())
                .isEqualTo("Thành phố Đồng Nai");
        assertThat(units.find("00004", LocalDate.of(2025, 6, 30)))
                .as("before the reorganisation")
                .isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "ba đình, 00004",
        "Phường Ba Đình, 00004",
        "PHUONG BA DINH, 00004",
        "Dak Lak, 66",
        "Đắk Lắk, 66",
        "Thanh Hóa, 38",
        "thanh hoa, 38"
    })
    void placeNamesAreFoundWithOrWithoutDiacritics(String query, String firstCode) {
        var matches = units.search(query, 10);

        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).unit().code()).isEqualTo(firstCode);
        assertThat(matches.get(0).provinceFullName()).isNotBlank();
    }

    @Test
    void withoutMarksEveryUnitSoNamedIsFoundAndTheOneSpelledExactlySoComesFirst() {
        var matches = units.search("Ba Dinh", 10);

        assertThat(matches)
                .extracting(match -> match.unit().code())
                .startsWith("21499")
                .contains("00004", "16171");
        assertThat(matches.get(0).unit().fullName()).isEqualTo("Xã Ba Dinh");
        assertThat(matches.get(0).provinceFullName()).isEqualTo("Tỉnh Quảng Ngãi");
    }

    @Test
    void aQueryTooShortToMeanAnythingIsRefused() {
        assertThatThrownBy(() -> units.search(" a ", 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ít nhất 2 ký tự");
    }
}
