package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word counts the index keeps its models by: as the analyzer counts the words, with diacritics or without. */
class ModelDocumentTests {

    @Test
    void wordsAreRunsOfLettersAndDigitsWithOrWithoutDiacritics() {
        assertThat(ModelDocument.words("Tổ hòa giải cơ sở phường Thụy Khuê")).isEqualTo(8);
        assertThat(ModelDocument.words("to hoa giai co so phuong thuy khue")).isEqualTo(8);
        assertThat(ModelDocument.words("“Hiến đất” mở đường—năm 2025, thôn 3.")).isEqualTo(8);
        assertThat(ModelDocument.words("")).isZero();
        assertThat(ModelDocument.words(null)).isZero();
    }
}
