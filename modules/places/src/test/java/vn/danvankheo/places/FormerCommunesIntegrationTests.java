package vn.danvankheo.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FormerCommunesIntegrationTests extends PlacesIntegrationTest {

    @Autowired
    FormerCommunes former;

    @Test
    void anOldCommuneMergedWholeIsPlaced() {
        FormerPlacement truc = former.placeByCode("00004");

        assertThat(truc.outcome()).isEqualTo(FormerPlacement.Outcome.PLACED);
        assertThat(truc.commune().fullName()).isEqualTo("Phường Ba Đình");
        assertThat(truc.message()).contains("Phường Trúc Bạch", "nay thuộc Phường Ba Đình");
    }

    @Test
    void anOldCommuneSplitBetweenNewOnesIsAskedAboutNotGuessed() {
        FormerPlacement ngocHa = former.placeByCode("00016");

        assertThat(ngocHa.outcome()).isEqualTo(FormerPlacement.Outcome.ASK);
        assertThat(ngocHa.commune()).isNull();
        assertThat(ngocHa.candidates()).extracting(AdminUnit::code).containsExactly("00004", "00008");
        assertThat(ngocHa.message()).contains("chia cho 2 đơn vị mới", "Vui lòng chọn");
    }

    @Test
    void oldNamesAreFoundWithoutDiacriticsAndNarrowedByTheOldProvince() {
        FormerPlacement byName = former.placeByName("Phuong Truc Bach", "Ha Noi");

        assertThat(byName.outcome()).isEqualTo(FormerPlacement.Outcome.PLACED);
        assertThat(byName.commune().code()).isEqualTo("00004");
    }

    @Test
    void anUnknownOldCodeSaysSo() {
        FormerPlacement unknown = former.placeByCode("99999");

        assertThat(unknown.outcome()).isEqualTo(FormerPlacement.Outcome.UNKNOWN);
        assertThat(unknown.message()).contains("99999");
    }
}
