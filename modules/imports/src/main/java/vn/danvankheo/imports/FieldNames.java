package vn.danvankheo.imports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.Fields;
import vn.danvankheo.catalog.LegacyField;

/**
 * Reads the field column: a code, or the field's name as the 2026-2030 guidance or an older local plan writes it,
 * in full or in the short forms spreadsheets use ("Kinh tế", "Văn hóa - xã hội"). Older names become 2026-2030
 * fields through {@link Fields#fieldOf}, and the person is told which.
 */
final class FieldNames {

    private static final Map<String, String> CODES_BY_WORDS = codesByWords();

    private FieldNames() {}

    static Reading read(String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            return Reading.problem("Chưa ghi lĩnh vực của mô hình.");
        }
        String words = HeaderText.of(given).words();
        String code = Fields.fieldOf(given).isPresent()
                ? given.strip()
                : Optional.ofNullable(CODES_BY_WORDS.get(words))
                        .or(() -> Optional.ofNullable(CODES_BY_WORDS.get(withoutFieldWord(words))))
                        .or(() -> startOfAFullName(words))
                        .orElse(null);
        Optional<Field> field = Fields.fieldOf(code);
        if (field.isEmpty()) {
            return Reading.problem("Lĩnh vực \"" + given + "\" không có trong danh mục. Hãy ghi một trong: "
                    + Arrays.stream(Field.values()).map(Field::labelVi).collect(Collectors.joining("; "))
                    + " (hoặc tên lĩnh vực cũ: kinh tế; văn hóa - xã hội; quốc phòng - an ninh, dân tộc - tôn giáo;"
                    + " xây dựng hệ thống chính trị).");
        }
        boolean legacy =
                Arrays.stream(LegacyField.values()).anyMatch(old -> old.name().equalsIgnoreCase(code));
        return legacy
                ? new Reading(
                        field.get(),
                        "Lĩnh vực \"" + given + "\" theo cách chia cũ đã được chuyển sang \""
                                + field.get().labelVi() + "\" (giai đoạn 2026 - 2030).",
                        null)
                : new Reading(field.get(), null, null);
    }

    private static String withoutFieldWord(String words) {
        return words.startsWith("linh vuc ") ? words.substring("linh vuc ".length()) : words;
    }

    /** A long heading cut short by a narrow column still names its field when at least three words remain. */
    private static Optional<String> startOfAFullName(String words) {
        if (words.split(" ").length < 3) {
            return Optional.empty();
        }
        return Arrays.stream(Field.values())
                .filter(field -> HeaderText.of(field.labelVi()).words().startsWith(words))
                .map(Field::name)
                .findFirst();
    }

    private static Map<String, String> codesByWords() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            codes.put(HeaderText.of(field.labelVi()).words(), field.name());
        }
        for (LegacyField legacy : LegacyField.values()) {
            codes.put(withoutFieldWord(HeaderText.of(legacy.labelVi()).words()), legacy.name());
        }
        codes.put("kinh te", LegacyField.ECONOMY.name());
        codes.put("van hoa xa hoi", LegacyField.CULTURE_SOCIETY.name());
        codes.put("quoc phong an ninh", LegacyField.DEFENCE_SECURITY_ETHNICITY_RELIGION.name());
        codes.put("an ninh quoc phong", LegacyField.DEFENCE_SECURITY_ETHNICITY_RELIGION.name());
        codes.put("xay dung dang", LegacyField.POLITICAL_SYSTEM.name());
        codes.put("xay dung dang va he thong chinh tri", Field.PARTY_AND_POLITICAL_SYSTEM.name());
        return Map.copyOf(codes);
    }

    /** The field, with a note when an older name was translated, or why there is none. */
    record Reading(Field field, String note, String problem) {

        static Reading problem(String message) {
            return new Reading(null, null, message);
        }
    }
}
