package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerDisclosureTests {

    @Test
    void initialsKeepVietnameseLettersWhole() {
        assertThat(OwnerDisclosure.INITIALS.publicName("  Đặng Thị   Ánh ")).isEqualTo("Đ. T. Á.");
    }

    @Test
    void aWithheldNameIsNotShownAtAll() {
        assertThat(OwnerDisclosure.WITHHELD.publicName("Nguyễn Văn An")).doesNotContain("Nguyễn", "An");
    }

    @Test
    void fullNameIsShownAsGiven() {
        assertThat(OwnerDisclosure.FULL_NAME.publicName("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
    }
}
