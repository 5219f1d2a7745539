package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void foldsOtherSpacesAndOtherScriptsAsTheGeneralFormDoes() {
        assertThat(VietnameseText.fold("a\tb\13\13c")).isEqualTo("a b c");
        assertThat(VietnameseText.fold("\34 Hà Nội\u2003")).isEqualTo("ha noi");
        for (String text : List.of("a\tb\13\13c", "\34 Hà Nội\u2003", "ΟΔΟΣ ΧΩΡΑΣ", "한국 hoà", "Hoa\u0300 Bi\u0300nh")) {
            assertThat(VietnameseText.fold(text)).isEqualTo(VietnameseText.foldInGeneral(text));
            assertThat(VietnameseText.canonicalTones(text)).isEqualTo(VietnameseText.canonicalTonesInGeneral(text));
        }
    }

    /**
     * The single pass agrees with the general form for every character it looks up, alone and where a tone could
     * move: after an open syllable, as its vowel, after "qu", and before one.
     */
    @Test
    void everyCharacterOfTheTablesGivesWhatTheGeneralFormGives() {
        List<String> contexts = List.of("·", "x·y", " · ", "hoà·", "ho·", "Hu·", "qu·", "·oà", "thuỷ·khoẻ");
        List<String> differing = new ArrayList<>();
        for (char c = 0; c < VietnameseText.TABLE_END; c++) {
            for (String context : contexts) {
                String text = context.replace('·', c);
                if (!VietnameseText.fold(text).equals(VietnameseText.foldInGeneral(text))) {
                    differing.add("fold of U+%04X in %s".formatted((int) c, context));
                }
                if (!VietnameseText.canonicalTones(text).equals(VietnameseText.canonicalTonesInGeneral(text))) {
                    differing.add("tones of U+%04X in %s".formatted((int) c, context));
                }
            }
        }
        assertThat(differing).isEmpty();
    }
}
