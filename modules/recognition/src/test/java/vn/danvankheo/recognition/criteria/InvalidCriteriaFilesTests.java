package vn.danvankheo.recognition.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danvankheo.recognition.criteria.CriteriaFiles.validSet;
import static vn.danvankheo.recognition.criteria.CriteriaFiles.write;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidCriteriaFilesTests {

    @TempDir
    Path directory;

    private CriteriaCatalogue load() {
        return new CriteriaCatalogue(new CriteriaProperties(directory));
    }

    @Test
    void theFixtureItselfLoads() {
        write(directory, "good.json", validSet("good"));
        assertThat(load().all()).extracting(CriteriaSet::id).containsExactly("good");
    }

    static Stream<Arguments> brokenFiles() {
        String valid = validSet("broken");
        return Stream.of(
                Arguments.of("malformed JSON", valid.replace("\"T-2\",", "\"T-2\""), "line"),
                Arguments.of("duplicate criterion code", valid.replace("\"T-2\"", "\"T-1\""), "\"T-1\" is used twice"),
                Arguments.of(
                        "validity backwards",
                        valid.replace("\"validTo\": \"2026-12-31\"", "\"validTo\": \"2025-12-31\""),
                        "validFrom 2026-01-01 is after validTo 2025-12-31"),
                Arguments.of(
                        "impossible due date",
                        valid.replace("\"2026-06-30\"", "\"2026-11-31\""),
                        "deadlines[0].due: \"2026-11-31\" is not a real date"),
                Arguments.of(
                        "impossible validity date",
                        valid.replace("\"2026-12-31\"", "\"2026-02-30\""),
                        "validTo: \"2026-02-30\" is not a real date"),
                Arguments.of(
                        "impossible document date without a problem note",
                        valid.replace("\"30/6/2026\", \"due\": \"2026-06-30\"", "\"31/11/2026\", \"due\": null"),
                        "\"31/11/2026\" is not a real date; keep due empty and explain in problem"),
                Arguments.of(
                        "guessed due for an impossible document date",
                        valid.replace(
                                "\"30/6/2026\", \"due\": \"2026-06-30\"", "\"31/11/2026\", \"due\": \"2026-11-30\""),
                        "due 2026-11-30 is a guess"),
                Arguments.of(
                        "missing due for a real document date",
                        valid.replace(", \"due\": \"2026-06-30\"", ""),
                        "deadlines[0].due is missing; the document's \"30/6/2026\" is 2026-06-30"),
                Arguments.of(
                        "due that does not match the document",
                        valid.replace("\"2026-06-30\"", "\"2026-06-29\""),
                        "due 2026-06-29 does not match the document's \"30/6/2026\""),
                Arguments.of(
                        "unknown level",
                        valid.replace("\"GRASSROOTS\"", "\"DISTRICT\""),
                        "level: \"DISTRICT\" is not one of [GRASSROOTS, PROVINCIAL, CENTRAL]"),
                Arguments.of("missing level", valid.replace("\"level\": \"GRASSROOTS\",", ""), "level is missing"),
                Arguments.of(
                        "missing bindsLowerLevels",
                        valid.replace("\"bindsLowerLevels\": false,", ""),
                        "bindsLowerLevels is missing"),
                Arguments.of(
                        "duplicate key",
                        valid.replace("\"issuer\"", "\"title\""),
                        "Duplicate Object property \"title\""),
                Arguments.of(
                        "blank criterion text",
                        valid.replace("\"Có hồ sơ.\"", "\"  \""),
                        "criteria[1].text is missing or blank"),
                Arguments.of(
                        "misspelt property",
                        valid.replace("\"textEn\": \"Registered.\"", "\"textEN\": \"Registered.\""),
                        "textEN"),
                Arguments.of("no criteria", valid.replaceAll("(?s)\"criteria\": \\[.*?\\],", ""), "criteria is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsRejectedNamingTheFileAndTheProblem(String what, String json, String problem) {
        write(directory, "good.json", validSet("good"));
        Path broken = write(directory, "broken.json", json);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidCriteriaException.class)
                .hasMessageStartingWith(broken + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void anImpossibleDateIsQuotedBackSoItCanBeFound() {
        Path broken = write(directory, "plan.json", validSet("plan").replace("\"2026-06-30\"", "\"2026-11-31\""));

        assertThatThrownBy(this::load).hasMessageStartingWith(broken.toString()).hasMessageContaining("2026-11-31");
    }

    @Test
    void twoFilesMayNotShareASetId() {
        write(directory, "a.json", validSet("same"));
        Path second = write(directory, "b.json", validSet("same"));

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidCriteriaException.class)
                .hasMessageStartingWith(second + ": ")
                .hasMessageContaining("set id \"same\" is already used by")
                .hasMessageContaining("a.json");
    }

    @Test
    void aSetMayOnlyIncludeSetsThatExist() {
        Path file = write(
                directory, "extra.json", validSet("extra").replace("\"includes\": []", "\"includes\": [\"nowhere\"]"));

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidCriteriaException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("includes unknown set \"nowhere\"");
    }

    @Test
    void anEmptyDirectoryIsAMistakeNotAnEmptyCatalogue() {
        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidCriteriaException.class)
                .hasMessageContaining(directory.toString())
                .hasMessageContaining("no criteria sets");
    }
}
