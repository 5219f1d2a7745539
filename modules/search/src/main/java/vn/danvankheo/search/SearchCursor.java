package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The sort values of a page's last hit, opaque to clients: the next page starts after them (search_after), so a model
 * changed meanwhile neither shifts a page nor is shown twice through an offset.
 */
final class SearchCursor {

    private static final String SEPARATOR = "\u001f";

    private SearchCursor() {}

    static String of(List<FieldValue> sortValues) {
        List<String> parts = new ArrayList<>();
        for (FieldValue value : sortValues) {
            parts.add(
                    switch (value._kind()) {
                        case Double -> "d" + value.doubleValue();
                        case Long -> "l" + value.longValue();
                        case String -> "s" + value.stringValue();
                        case Boolean -> "b" + value.booleanValue();
                        default -> "n";
                    });
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> read(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<FieldValue> values = new ArrayList<>();
            for (String part : decoded.split(SEPARATOR, -1)) {
                String value = part.substring(1);
                values.add(
                        switch (part.charAt(0)) {
                            case 'd' -> FieldValue.of(Double.parseDouble(value));
                            case 'l' -> FieldValue.of(Long.parseLong(value));
                            case 's' -> FieldValue.of(value);
                            case 'b' -> FieldValue.of(Boolean.parseBoolean(value));
                            case 'n' -> FieldValue.NULL;
                            default -> throw new IllegalArgumentException(part);
                        });
            }
            return values;
        } catch (RuntimeException e) {
            throw new InvalidSearchRequestException(
                    "Tham số \"after\" không hợp lệ: hãy dùng đúng giá trị \"next\" của trang trước.");
        }
    }
}
