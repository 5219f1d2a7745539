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
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final java.util.Set<String> SHIFTING_PAIRS = java.util.Set.of("oa", "oe", "uy");

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

    /**
     * Writes the tone mark of an open "oa", "oe" or "uy" syllable on the first vowel ("Hoà" to "Hòa", "Thuỵ" to
     * "Thụy", "khoẻ" to "khỏe"). Both placements are correct and both are in use, even within one official list, so
     * text is compared with diacritics only after this. "Quý" keeps its mark: there the u belongs to the consonant.
     */
    public static String canonicalTones(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var words = WORD.matcher(decomposed);
        var result = new StringBuilder(decomposed.length());
        int copied = 0;
        while (words.find()) {
            result.append(decomposed, copied, words.start()).append(toneOnFirstVowel(words.group()));
            copied = words.end();
        }
        result.append(decomposed, copied, decomposed.length());
        return Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /** @param word decomposed: each letter followed by its combining marks */
    private static String toneOnFirstVowel(String word) {
        int last = word.length() - 1;
        char tone = word.charAt(last);
        if (last < 2 || TONE_MARKS.indexOf(tone) < 0) {
            return word;
        }
        char second = word.charAt(last - 1);
        char first = word.charAt(last - 2);
        String pair = (String.valueOf(first) + second).toLowerCase(Locale.ROOT);
        boolean afterQ = last >= 3 && Character.toLowerCase(word.charAt(last - 3)) == 'q';
        if (!SHIFTING_PAIRS.contains(pair) || afterQ) {
            return word;
        }
        return word.substring(0, last - 1) + tone + second;
    }
}
