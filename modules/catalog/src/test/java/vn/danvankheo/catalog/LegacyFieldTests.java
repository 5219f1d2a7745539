package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyFieldTests {

    static Stream<Arguments> mapping() {
        return Stream.of(
                Arguments.of(LegacyField.ECONOMY, Field.ECONOMY_SCIENCE_ENVIRONMENT),
                Arguments.of(LegacyField.CULTURE_SOCIETY, Field.CULTURE_SOCIETY_PEOPLE),
                Arguments.of(LegacyField.DEFENCE_SECURITY_ETHNICITY_RELIGION, Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS),
                Arguments.of(LegacyField.POLITICAL_SYSTEM, Field.PARTY_AND_POLITICAL_SYSTEM));
    }

    @ParameterizedTest
    @MethodSource("mapping")
    void eachOlderFieldMapsToItsSuccessor(LegacyField legacy, Field expected) {
        assertThat(legacy.toField()).isEqualTo(expected);
    }

    @Test
    void everyNewFieldIsReachedFromExactlyOneOlderField() {
        assertThat(Arrays.stream(LegacyField.values()).map(LegacyField::toField))
                .containsExactly(Field.values());
    }

    @Test
    void labelsAreTheLocalPlansHeadingsInItsOrder() {
        assertThat(Arrays.stream(LegacyField.values()).map(LegacyField::labelVi))
                .containsExactly(
                        "Lĩnh vực kinh tế",
                        "Lĩnh vực văn hóa - xã hội",
                        "Lĩnh vực quốc phòng - an ninh, dân tộc - tôn giáo",
                        "Lĩnh vực xây dựng hệ thống chính trị");
        assertThat(Arrays.stream(LegacyField.values()).map(LegacyField::labelEn))
                .allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @Test
    void constantNamesOfTheTwoSchemesNeverCollide() {
        assertThat(Arrays.stream(LegacyField.values()).map(Enum::name))
                .doesNotContainAnyElementsOf(
                        Arrays.stream(Field.values()).map(Enum::name).toList());
    }

    @Test
    void fieldOfAcceptsTheNewScheme() {
        for (Field field : Field.values()) {
            assertThat(Fields.fieldOf(field.name())).contains(field);
        }
    }

    @Test
    void fieldOfTranslatesTheOlderScheme() {
        assertThat(Fields.fieldOf("DEFENCE_SECURITY_ETHNICITY_RELIGION"))
                .contains(Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS);
        assertThat(Fields.fieldOf("POLITICAL_SYSTEM")).contains(Field.PARTY_AND_POLITICAL_SYSTEM);
    }

    @Test
    void fieldOfForgivesCaseAndSpacesFromSpreadsheets() {
        assertThat(Fields.fieldOf("  economy ")).contains(Field.ECONOMY_SCIENCE_ENVIRONMENT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "KINH_TE", "Lĩnh vực kinh tế", "ECONOMY_"})
    void fieldOfGivesNothingForUnknownCodes(String code) {
        assertThat(Fields.fieldOf(code)).isEmpty();
    }
}
