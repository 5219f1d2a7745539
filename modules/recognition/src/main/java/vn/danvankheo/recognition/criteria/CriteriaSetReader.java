package vn.danvankheo.recognition.criteria;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** Reads one criteria file and checks it on its own; every failure names the file and, where known, the place. */
final class CriteriaSetReader {

    // Its own strict mapper: a typo in a data file must fail whatever the application's JSON settings are.
    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    CriteriaSet read(Path file) {
        CriteriaSet set;
        try {
            set = json.readValue(file, CriteriaSet.class);
        } catch (JacksonException e) {
            throw new InvalidCriteriaException(file, describe(e), e);
        }
        if (set == null) {
            throw new InvalidCriteriaException(file, "is empty");
        }
        List<String> problems = CriteriaSetRules.problemsOf(set);
        if (!problems.isEmpty()) {
            throw new InvalidCriteriaException(file, String.join("; ", problems));
        }
        return set;
    }

    private static String describe(JacksonException e) {
        String path = e.getPath().stream()
                .map(step ->
                        step.getPropertyName() != null ? "." + step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining());
        TokenStreamLocation location = e.getLocation();
        String where = path.isEmpty() ? "" : path.substring(path.startsWith(".") ? 1 : 0) + ": ";
        String line = location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        return where + problemIn(e) + line;
    }

    // Jackson's own wording for the two commonest slips in hand-edited data is written for programmers.
    private static String problemIn(JacksonException e) {
        if (e instanceof InvalidFormatException invalid) {
            Class<?> type = invalid.getTargetType();
            if (type == LocalDate.class) {
                return "\"" + invalid.getValue() + "\" is not a real date (yyyy-mm-dd)";
            }
            if (type.isEnum()) {
                return "\"" + invalid.getValue() + "\" is not one of " + Arrays.toString(type.getEnumConstants());
            }
        }
        return e.getOriginalMessage();
    }
}
