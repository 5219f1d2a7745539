package vn.danvankheo.places.coordinates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvankheo.places.VietnameseText;

/** One piece of a latitude/longitude as typed: a number, a unit mark, a hemisphere or axis word, or a separator. */
record DegreeToken(Kind kind, String text) {

    enum Kind {
        NUMBER,
        DEGREE_MARK,
        MINUTE_MARK,
        SECOND_MARK,
        HEMISPHERE,
        AXIS_LABEL,
        SEPARATOR,
        FILLER
    }

    // Tried in this order at each position, so "vi do" (latitude) and "toa do" win over "do" (degree).
    private static final Pattern TOKEN = Pattern.compile("(?<number>[-+]?\\d+(?:\\.\\d+)?)"
            + "|(?<axis>vi ?do\\b|latitude\\b|lat\\b|kinh ?do\\b|longitude\\b|long\\b|lng\\b|lon\\b)"
            + "|(?<filler>toa ?do\\b|[:=()\\[\\]])"
            + "|(?<degree>°|do\\b|deg\\b)"
            + "|(?<minute>'|phut\\b)"
            + "|(?<second>\"|giay\\b)"
            + "|(?<hemisphere>north\\b|south\\b|east\\b|west\\b|bac\\b|nam\\b|dong\\b|tay\\b|[nsewbdt](?![a-z]))"
            + "|(?<separator>[;,/|])");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern NOT_FINITE = Pattern.compile("\\bnan\\b|\\binf(inity)?\\b|∞");

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isMarker() {
        return kind == Kind.HEMISPHERE || kind == Kind.AXIS_LABEL;
    }

    boolean isAngleContent() {
        return kind == Kind.NUMBER || kind == Kind.DEGREE_MARK || kind == Kind.MINUTE_MARK || kind == Kind.SECOND_MARK;
    }

    /** Splits the text; fillers such as "tọa độ" or ":" are dropped. */
    static List<DegreeToken> tokenize(String text) {
        String folded = withPlainMarks(VietnameseText.fold(text));
        if (NOT_FINITE.matcher(folded).find()) {
            throw InvalidCoordinateException.notFinite();
        }
        // Vietnamese writes 21,0285; once a dot appears the commas can only be separating the two values.
        if (folded.indexOf('.') < 0) {
            folded = DECIMAL_COMMA.matcher(folded).replaceAll(".");
        }
        List<DegreeToken> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(folded);
        int position = 0;
        while (position < folded.length()) {
            if (Character.isWhitespace(folded.charAt(position))) {
                position++;
                continue;
            }
            matcher.region(position, folded.length());
            if (!matcher.lookingAt()) {
                throw InvalidCoordinateException.notCoordinates(text.strip());
            }
            Kind kind = kindOf(matcher);
            if (kind != Kind.FILLER) {
                tokens.add(new DegreeToken(kind, matcher.group()));
            }
            position = matcher.end();
        }
        return tokens;
    }

    private static Kind kindOf(Matcher matcher) {
        if (matcher.group("number") != null) {
            return Kind.NUMBER;
        }
        if (matcher.group("axis") != null) {
            return Kind.AXIS_LABEL;
        }
        if (matcher.group("filler") != null) {
            return Kind.FILLER;
        }
        if (matcher.group("degree") != null) {
            return Kind.DEGREE_MARK;
        }
        if (matcher.group("minute") != null) {
            return Kind.MINUTE_MARK;
        }
        if (matcher.group("second") != null) {
            return Kind.SECOND_MARK;
        }
        if (matcher.group("hemisphere") != null) {
            return Kind.HEMISPHERE;
        }
        return Kind.SEPARATOR;
    }

    /** Phones and word processors turn ' and " into typographic quotes; Unicode minus comes from copied tables. */
    static String withPlainMarks(String text) {
        return text.replace("''", "\"")
                .replaceAll("[′’‘`´]", "'")
                .replaceAll("[″”“]", "\"")
                .replaceAll("[º˚]", "°")
                .replace('−', '-');
    }
}
