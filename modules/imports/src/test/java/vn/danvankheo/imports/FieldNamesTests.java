package vn.danvankheo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danvankheo.catalog.Field;

class FieldNamesTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PARTY_AND_POLITICAL_SYSTEM|PARTY_AND_POLITICAL_SYSTEM",
                "economy|ECONOMY_SCIENCE_ENVIRONMENT",
                "Phát huy vai trò của Nhân dân tham gia xây dựng Đảng và hệ thống chính trị|PARTY_AND_POLITICAL_SYSTEM",
                "Phát triển văn hóa, xã hội|CULTURE_SOCIETY_PEOPLE",
                "Lĩnh vực kinh tế|ECONOMY_SCIENCE_ENVIRONMENT",
                "Kinh tế|ECONOMY_SCIENCE_ENVIRONMENT",
                "VĂN HÓA - XÃ HỘI|CULTURE_SOCIETY_PEOPLE",
                "Quốc phòng - an ninh, dân tộc - tôn giáo|DEFENCE_SECURITY_FOREIGN_AFFAIRS",
                "Xây dựng hệ thống chính trị|PARTY_AND_POLITICAL_SYSTEM"
            })
    void readsCodesAndNamesOfBothSchemes(String text, Field field) {
        assertThat(FieldNames.read(text).field()).isEqualTo(field);
    }

    @Test
    void tellsWhenAnOlderNameWasTranslated() {
        assertThat(FieldNames.read("Kinh tế").note())
                .isEqualTo("Lĩnh vực \"Kinh tế\" theo cách chia cũ đã được chuyển sang \""
                        + Field.ECONOMY_SCIENCE_ENVIRONMENT.labelVi() + "\" (giai đoạn 2026 - 2030).");
        assertThat(FieldNames.read("Phát triển văn hóa, xã hội").note()).isNull();
    }

    @Test
    void anUnknownFieldListsTheKnownOnes() {
        FieldNames.Reading reading = FieldNames.read("Thể thao");

        assertThat(reading.field()).isNull();
        assertThat(reading.problem())
                .startsWith("Lĩnh vực \"Thể thao\" không có trong danh mục. Hãy ghi một trong: ")
                .contains(Field.CULTURE_SOCIETY_PEOPLE.labelVi());
    }
}
