package vn.danvankheo.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reads a field code from imports, which may come from a local plan (older scheme) or the 2026-2030 guidance. */
public final class Fields {

    private Fields() {}

    /**
     * @param code a {@link Field} or {@link LegacyField} constant name; case and surrounding spaces are ignored because
     *     spreadsheets change both
     * @return the 2026-2030 field, empty for a blank or unknown code
     */
    public static Optional<Field> fieldOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Field.values())
                .filter(field -> field.name().equals(name))
                .findFirst()
                .or(() -> Arrays.stream(LegacyField.values())
                        .filter(legacy -> legacy.name().equals(name))
                        .map(LegacyField::toField)
                        .findFirst());
    }
}
