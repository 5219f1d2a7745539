package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @ParameterizedTest
    @CsvSource({
        "Đắk Lắk, dak lak",
        "Phường Ba Đình, phuong ba dinh",
        "Thừa Thiên Huế, thua thien hue",
        "Khánh Hoà, khanh hoa",
        "Cư M'gar, cu m'gar",
        "ĐỒNG THÁP, dong thap",
        "Dak Lak, dak lak",
        "'  Phường   Ba Đình ', phuong ba dinh"
    })
    void foldsToLowerCaseAscii(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"Hòa", "Thủy", "Nguyễn"})
    void composedAndDecomposedSpellingsFoldAlike(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(text));
    }

    @ParameterizedTest
    @CsvSource({
        "Hoà Bình, Hòa Bình",
        "Hòa Bình, Hòa Bình",
        "Thuỵ Khuê, Thụy Khuê",
        "sức khoẻ, sức khỏe",
        "HOÀ, HÒA",
        "Quý Thuý, Quý Thúy",
        "hoàng hoả, hoàng hỏa",
        "thuyền, thuyền",
        "'hoà bình, hữu nghị', 'hòa bình, hữu nghị'"
    })
    void writesTheToneOfOpenSyllablesOnTheFirstVowel(String text, String canonical) {
        assertThat(VietnameseText.canonicalTones(text)).isEqualTo(canonical);
        assertThat(VietnameseText.canonicalTones(Normalizer.normalize(text, Normalizer.Form.NFD)))
                .isEqualTo(canonical);
    }
}
