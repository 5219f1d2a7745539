package vn.danvankheo.media.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code Range: bytes=…} request resolved against a file's length (RFC 9110 §14.1.2); inclusive ends. */
record ByteRange(long start, long end) {

    /** No usable range: the whole file, with 200. */
    static final ByteRange WHOLE = new ByteRange(-1, -1);

    /** A well-formed range outside the file: 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-2, -2);

    private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    /**
     * A header that is malformed, or asks for several ranges, is ignored, as HTTP allows: the whole file is sent.
     */
    static ByteRange parse(String header, long length) {
        Matcher matcher = SINGLE.matcher(header);
        if (!matcher.matches()) {
            return WHOLE;
        }
        String first = matcher.group(1);
        String last = matcher.group(2);
        if (first.isEmpty()) {
            if (last.isEmpty()) {
                return WHOLE;
            }
            long suffix = number(last);
            if (suffix == 0 || length == 0) {
                return UNSATISFIABLE;
            }
            return new ByteRange(Math.max(0, length - suffix), length - 1);
        }
        long start = number(first);
        long end = last.isEmpty() ? length - 1 : number(last);
        if (start >= length) {
            return UNSATISFIABLE;
        }
        if (end < start) {
            return WHOLE;
        }
        return new ByteRange(start, Math.min(end, length - 1));
    }

    /** Digits only; more than a long holds is beyond any stored file. */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
