package vn.danvankheo.catalog;

import java.util.regex.Pattern;
import vn.danvankheo.places.VietnameseText;

/**
 * How two model names are compared to find a model registered twice, in the catalog or in one imported file, and
 * how a name becomes the address of the model's page.
 */
public final class ModelNames {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    /** Units write the same model as "Mô hình “Chợ 0 đồng”" one year and "Chợ 0 đồng" the next. */
    private static final Pattern MODEL_PREFIX = Pattern.compile("^(mo hinh )+");

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int SLUG_LENGTH = 100;

    private ModelNames() {}

    /** "Bữa cơm nghĩa tình" → "bua-com-nghia-tinh": the page address a name gives, before any number is added. */
    public static String slugOf(String name) {
        String slug =
                NOT_SLUG.matcher(VietnameseText.fold(name)).replaceAll("-").replaceAll("^-|-$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-[a-z0-9]*$", "");
        }
        return slug.isEmpty() ? "mo-hinh" : slug;
    }

    /** The name without diacritics, case, quotes, punctuation or a leading "Mô hình". */
    public static String comparable(String name) {
        if (name == null) {
            return "";
        }
        String plain = NOT_LETTER_OR_DIGIT
                .matcher(VietnameseText.fold(name))
                .replaceAll(" ")
                .strip();
        return MODEL_PREFIX.matcher(plain).replaceFirst("");
    }
}
