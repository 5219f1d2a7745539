package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelNamesTests {

    @Test
    void namesCompareWithoutDiacriticsQuotesPunctuationOrALeadingMoHinh() {
        assertThat(ModelNames.comparable("Mô hình “Chợ 0 đồng”")).isEqualTo("cho 0 dong");
        assertThat(ModelNames.comparable("CHỢ 0 ĐỒNG.")).isEqualTo("cho 0 dong");
        assertThat(ModelNames.comparable("Mô hình \"Dân vận khéo\" - Tuyến phố văn minh"))
                .isEqualTo("dan van kheo tuyen pho van minh");
        assertThat(ModelNames.comparable("Mô hình")).isEqualTo("mo hinh");
        assertThat(ModelNames.comparable(null)).isEmpty();
    }
}
