package vn.danvankheo.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvankheo.catalog.ModelLimits;

/**
 * The year a model started, from what annex 01 has in its time column: a year ("2026", "Năm 2026"), a date
 * ("15/02/2026", "2026-02-15"), a month ("02/2026") or a range of these ("02/2026 - 12/2026", "từ 2025 đến 2027").
 * A date that does not exist (31/11, as a plan once wrote) is an error, not a guess.
 */
final class StartYear {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:[-–—]|đến|den|tới|toi)\\s*");
    private static final Pattern WORDS_BEFORE = Pattern.compile(
            "^(?:(?:từ|tu|năm|nam|tháng|thang|ngày|ngay)\\s+)+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StartYear() {}

    /**
     * @param latestYear the last acceptable year (next year: units register plans ahead)
     */
    static Reading read(String text, int latestYear) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            return Reading.problem("Chưa ghi thời gian bắt đầu (năm, hoặc ngày/tháng/năm).");
        }
        String[] parts = splitRange(given);
        Span start = readOne(parts[0], given);
        if (start.problem() != null) {
            return Reading.problem(start.problem());
        }
        if (parts.length == 2) {
            Span end = readOne(parts[1], given);
            if (end.problem() != null) {
                return Reading.problem(end.problem());
            }
            if (end.last().isBefore(start.first())) {
                return Reading.problem("Thời gian \"" + given + "\" kết thúc trước khi bắt đầu.");
            }
        }
        return checked(Reading.of(start.first().getYear()), latestYear);
    }

    /** A range's dash must not be taken for the dashes inside one date (2026-02-15, 15-02-2026). */
    private static String[] splitRange(String given) {
        String text = WORDS_BEFORE.matcher(given).replaceFirst("").strip();
        if (ISO_DATE.matcher(text).matches()
                || DAY_MONTH_YEAR.matcher(text).matches()
                || MONTH_YEAR.matcher(text).matches()) {
            return new String[] {given};
        }
        String[] parts = RANGE.split(given, 2);
        return parts.length == 2 && !parts[0].isBlank() ? parts : new String[] {given};
    }

    private static Span readOne(String part, String given) {
        String text = WORDS_BEFORE.matcher(part.strip()).replaceFirst("").strip();
        Matcher matcher = YEAR.matcher(text);
        if (matcher.matches()) {
            Year year = Year.of(Integer.parseInt(matcher.group(1)));
            return new Span(year.atDay(1), year.atMonth(12).atEndOfMonth(), null);
        }
        matcher = DAY_MONTH_YEAR.matcher(text);
        if (matcher.matches()) {
            return date(given, matcher.group(3), matcher.group(2), matcher.group(1));
        }
        matcher = ISO_DATE.matcher(text);
        if (matcher.matches()) {
            return date(given, matcher.group(1), matcher.group(2), matcher.group(3));
        }
        matcher = MONTH_YEAR.matcher(text);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(1));
            if (month < 1 || month > 12) {
                return Span.problem("Tháng " + month + " trong \"" + given + "\" không có thật.");
            }
            YearMonth period = YearMonth.of(Integer.parseInt(matcher.group(2)), month);
            return new Span(period.atDay(1), period.atEndOfMonth(), null);
        }
        return Span.problem("Không hiểu thời gian \"" + given
                + "\": hãy ghi năm (2026), ngày/tháng/năm (15/02/2026) hoặc tháng/năm (02/2026).");
    }

    private static Span date(String given, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return new Span(date, date, null);
        } catch (DateTimeException e) {
            return Span.problem("Ngày \"" + given + "\" không có thật trên lịch.");
        }
    }

    /** The days a year, month or date covers, so that "02/2026 - 2026" is a range and "12/2026 - 02/2026" not. */
    private record Span(LocalDate first, LocalDate last, String problem) {

        static Span problem(String message) {
            return new Span(null, null, message);
        }
    }

    private static Reading checked(Reading reading, int latestYear) {
        if (reading.problem() != null) {
            return reading;
        }
        if (reading.year() < ModelLimits.FIRST_YEAR || reading.year() > latestYear) {
            return Reading.problem("Năm bắt đầu " + reading.year() + " phải từ " + ModelLimits.FIRST_YEAR + " đến "
                    + latestYear + ".");
        }
        return reading;
    }

    /** A year, or why there is none. */
    record Reading(Integer year, String problem) {

        static Reading of(int year) {
            return new Reading(year, null);
        }

        static Reading problem(String message) {
            return new Reading(null, message);
        }
    }
}
