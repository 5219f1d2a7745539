package vn.danvankheo.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese to plain lower-case ASCII ("Đắk Lắk" to "dak lak") in Java, because the Elasticsearch build used
 * without Docker has no asciifolding filter; indexing and querying both fold here, so one mapping works everywhere,
 * and place names are matched the same way in PostGIS.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {}

    /** Also collapses runs of spaces, so "Ba  Đình " and "ba đình" fold alike. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String withoutStroke = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutStroke, Normalizer.Form.NFD);
        return COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .strip()
                .replaceAll("\\s+", " ");
    }

    /** The text as a literal inside a LIKE pattern: its percent, underscore and backslash match only themselves. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
