package vn.danvankheo.recognition.campaigns;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;

/**
 * A date as Vietnamese documents write it, day first, read strictly: the 2026 plan's annual report is due "31/11/2026",
 * which does not exist, and rolling it over to 1 December would hide the question from the people who must ask it.
 */
final class DocumentDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DocumentDate() {}

    static LocalDate parse(String what, String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidRecognitionRequestException("Thiếu hạn " + what + " (ngày/tháng/năm, ví dụ 30/01/2026).");
        }
        String text = written.strip();
        Matcher vietnamese = DAY_MONTH_YEAR.matcher(text);
        Matcher iso = ISO.matcher(text);
        int day;
        int month;
        int year;
        if (vietnamese.matches()) {
            day = Integer.parseInt(vietnamese.group(1));
            month = Integer.parseInt(vietnamese.group(2));
            year = Integer.parseInt(vietnamese.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            throw new InvalidRecognitionRequestException(
                    "Hạn " + what + " \"" + text + "\" không viết theo dạng ngày/tháng/năm (ví dụ 30/01/2026).");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException impossible) {
            throw new InvalidRecognitionRequestException(
                    "Hạn " + what + " ghi ngày " + text + ": ngày này không có thật" + whyNot(day, month, year)
                            + ". Xin kiểm tra lại với văn bản gốc và nhập một ngày có thật.");
        }
    }

    private static String whyNot(int day, int month, int year) {
        if (month < 1 || month > 12) {
            return " (không có tháng " + month + ")";
        }
        return " (tháng " + month + "/" + year + " chỉ có "
                + YearMonth.of(year, month).lengthOfMonth() + " ngày)";
    }
}
