package vn.danvankheo.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese to plain lower-case ASCII ("Đắk Lắk" to "dak lak") in Java, because the Elasticsearch build used
 * without Docker has no asciifolding filter; indexing and querying both fold here, so one mapping works everywhere,
 * and place names are matched the same way in PostGIS.
 *
 * <p>Both operations are defined by their general form (Unicode normalisation and regular expressions), which the
 * reindex paid for on every story several times over. Text of the scripts a table covers (Latin with Vietnamese,
 * punctuation: what models are written in) takes a single pass over its characters instead, with the same result,
 * which {@code VietnameseTextTests} checks character by character; anything else takes the general form.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final Set<String> SHIFTING_PAIRS = Set.of("oa", "oe", "uy");

    /** Characters below this are looked up in the tables; above it text takes the general form. */
    static final int TABLE_END = 0x3000;

    /** In {@link #FOLDED}: the character folds to nothing (a combining mark). */
    private static final char REMOVED = '\uFFFF';
    /** In {@link #FOLDED}: the character needs the general form (it folds to several, or by context). */
    private static final char GENERAL = '\uFFFE';

    /** What each character folds to on its own, decomposed, without marks, in lower case. */
    private static final char[] FOLDED = foldingTable();

    /** Characters with which {@link #canonicalTones} can work on the composed text it is given. */
    private static final boolean[] COMPOSED = composedTable();

    /** The vowels a, e and y with a tone mark and nothing else, mapped to the vowel; the tone is in {@link #TONE}. */
    private static final char[] TONED_VOWEL = new char[TABLE_END];

    private static final char[] TONE = new char[TABLE_END];

    static {
        for (char vowel : "aeyAEY".toCharArray()) {
            for (char tone : TONE_MARKS.toCharArray()) {
                char toned = Normalizer.normalize("" + vowel + tone, Normalizer.Form.NFC)
                        .charAt(0);
                TONED_VOWEL[toned] = vowel;
                TONE[toned] = tone;
            }
        }
    }

    private VietnameseText() {}

    /** Also collapses runs of spaces, so "Ba  Đình " and "ba đình" fold alike. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        char[] folded = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < TABLE_END ? FOLDED[c] : GENERAL;
            if (f == GENERAL) {
                return foldInGeneral(text);
            }
            if (f != REMOVED) {
                folded[length++] = f;
            }
        }
        return stripAndCollapseSpaces(folded, length);
    }

    /** {@link #fold} by its definition, for any text. */
    static String foldInGeneral(String text) {
        String withoutStroke = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutStroke, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(bare.strip()).replaceAll(" ");
    }

    /** {@code String.strip()} then every run of {@code \s} made one space, as the general form does. */
    private static String stripAndCollapseSpaces(char[] chars, int length) {
        int start = 0;
        int end = length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        StringBuilder result = new StringBuilder(end - start);
        boolean inSpaces = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r') {
                if (!inSpaces) {
                    result.append(' ');
                }
                inSpaces = true;
            } else {
                result.append(c);
                inSpaces = false;
            }
        }
        return result.toString();
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
        char[] moved = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLE_END || !COMPOSED[c]) {
                return canonicalTonesInGeneral(text);
            }
            if (TONED_VOWEL[c] != 0 && shiftsAt(text, i)) {
                if (moved == null) {
                    moved = text.toCharArray();
                }
                moved[i - 1] = Normalizer.normalize("" + text.charAt(i - 1) + TONE[c], Normalizer.Form.NFC)
                        .charAt(0);
                moved[i] = TONED_VOWEL[c];
            }
        }
        return moved == null ? text : new String(moved);
    }

    /**
     * The toned vowel at {@code i} of composed text ends a word, after the vowel of its pair and not after a q: the
     * conditions {@link #toneOnFirstVowel} checks on the decomposed word.
     */
    private static boolean shiftsAt(String text, int i) {
        if (i < 1 || (i + 1 < text.length() && continuesWord(text.charAt(i + 1)))) {
            return false;
        }
        char first = text.charAt(i - 1);
        String pair = (String.valueOf(first) + TONED_VOWEL[text.charAt(i)]).toLowerCase(Locale.ROOT);
        boolean afterQ = i >= 2 && Character.toLowerCase(text.charAt(i - 2)) == 'q';
        return SHIFTING_PAIRS.contains(pair) && !afterQ;
    }

    private static boolean continuesWord(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@link #canonicalTones} by its definition, for any text. */
    static String canonicalTonesInGeneral(String text) {
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

    private static char[] foldingTable() {
        char[] table = new char[TABLE_END];
        for (int c = 0; c < TABLE_END; c++) {
            String folded = Character.isSurrogate((char) c) || c == 'Σ' ? null : foldInGeneralChars((char) c);
            table[c] = folded == null || folded.length() > 1 ? GENERAL : folded.isEmpty() ? REMOVED : folded.charAt(0);
        }
        return table;
    }

    /** Without stripping spaces, which {@link #fold} does on the whole text. */
    private static String foldInGeneralChars(char c) {
        String withoutStroke = String.valueOf(c).replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(withoutStroke, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Latin with Vietnamese, punctuation and currency signs, without combining marks and without the few that
     * composition replaces (U+2000 by U+2002): no two of them compose, so text of them alone is composed.
     */
    private static boolean[] composedTable() {
        boolean[] table = new boolean[TABLE_END];
        for (int c = 0; c < TABLE_END; c++) {
            String alone = String.valueOf((char) c);
            boolean covered = c < 0x0250 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x20D0);
            table[c] = covered
                    && !COMBINING_MARKS.matcher(alone).matches()
                    && Normalizer.normalize(alone, Normalizer.Form.NFC).equals(alone);
        }
        return table;
    }
}
