package vn.danvankheo.imports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.places.VietnameseText;

/**
 * A unit's kind as people write it in a spreadsheet: the label the site shows ("Chi bộ"), any of its parts ("đảng
 * ủy", "tổ dân phố", "đoàn thể"), with or without diacritics, or the code name.
 */
final class UnitKindNames {

    private static final Map<String, UnitKind> NAMES = names();

    private UnitKindNames() {}

    static Optional<UnitKind> read(String text) {
        return Optional.ofNullable(NAMES.get(folded(text)));
    }

    /** The labels to choose from, for the message of a kind not recognised and for the template. */
    static String labels() {
        return Arrays.stream(UnitKind.values()).map(UnitKind::labelVi).collect(Collectors.joining("; "));
    }

    private static Map<String, UnitKind> names() {
        Map<String, UnitKind> names = new HashMap<>();
        for (UnitKind kind : UnitKind.values()) {
            names.put(folded(kind.name()), kind);
            names.put(folded(kind.labelVi()), kind);
            for (String part : kind.labelVi().split(",")) {
                names.putIfAbsent(folded(part), kind);
            }
        }
        return names;
    }

    private static String folded(String text) {
        return VietnameseText.fold(text == null ? "" : text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }
}
