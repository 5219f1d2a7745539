package vn.danvankheo.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSV as Excel and LibreOffice write it in Viet Nam: UTF-8 with or without a byte-order mark, separated by
 * commas, or by semicolons where the decimal separator is a comma, with quoted fields that may hold separators,
 * doubled quotes and line breaks.
 */
final class CsvSheet {

    private static final char QUOTE = '"';
    private static final List<Character> SEPARATORS = List.of(',', ';', '\t');
    /** Title rows have few separators; the header row, somewhere in the first lines, has the most. */
    private static final int LINES_TO_SNIFF = 30;
    /** Excel's own first line naming the separator ("sep=;"), which Excel hides when it opens the file. */
    private static final Pattern EXCEL_SEPARATOR_HINT = Pattern.compile("sep=(.)\\r?\\n");

    private CsvSheet() {}

    static List<SheetRow> read(byte[] content, int maxRows) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher hint = EXCEL_SEPARATOR_HINT.matcher(text);
        if (hint.lookingAt()) {
            List<SheetRow> rows =
                    parse(text.substring(hint.end()), hint.group(1).charAt(0), maxRows);
            return rows.stream()
                    .map(row -> new SheetRow(row.number() + 1, row.cells()))
                    .toList();
        }
        return parse(text, separator(text), maxRows);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidImportFileException(
                    "Tệp CSV không phải bảng mã UTF-8, nên chữ có dấu sẽ bị sai. Trong Excel hãy chọn Lưu thành"
                            + " \"CSV UTF-8 (Comma delimited)\", hoặc tải lên tệp .xlsx.",
                    e);
        }
    }

    /** The separator a line has most of, outside quotes, among the first lines; a comma when none has any. */
    static char separator(String text) {
        String[] lines = text.split("\r\n|\n|\r", LINES_TO_SNIFF + 1);
        return SEPARATORS.stream()
                .max(Comparator.comparingInt((Character separator) -> mostOnOneLine(lines, separator))
                        .thenComparing(separator -> -SEPARATORS.indexOf(separator)))
                .filter(separator -> mostOnOneLine(lines, separator) > 0)
                .orElse(',');
    }

    private static int mostOnOneLine(String[] lines, char separator) {
        int most = 0;
        for (int i = 0; i < Math.min(lines.length, LINES_TO_SNIFF); i++) {
            int count = 0;
            boolean quoted = false;
            for (char c : lines[i].toCharArray()) {
                if (c == QUOTE) {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    count++;
                }
            }
            most = Math.max(most, count);
        }
        return most;
    }

    static List<SheetRow> parse(String text, char separator, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    cell.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == QUOTE && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                add(rows, cells, maxRows);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
            i++;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            add(rows, cells, maxRows);
        }
        return rows;
    }

    private static void add(List<SheetRow> rows, List<String> cells, int maxRows) {
        if (rows.size() >= SheetLimits.rowsToRead(maxRows)) {
            throw SheetLimits.tooManyRows(maxRows);
        }
        rows.add(new SheetRow(rows.size() + 1, cells));
    }
}
