package vn.danvankheo.imports;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.danvankheo.places.VietnameseText;

/** A header cell as words without diacritics: "Xã/phường/đặc khu" reads "xa phuong dac khu". */
record HeaderText(String words) {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    static HeaderText of(String cell) {
        String folded = VietnameseText.fold(cell == null ? "" : cell);
        return new HeaderText(
                NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip());
    }

    boolean has(String phrase) {
        return (" " + words + " ").contains(" " + phrase + " ");
    }

    boolean is(String... phrases) {
        return Arrays.asList(phrases).contains(words);
    }

    /** The first target whose words the header has; empty for a header no target recognises. */
    Optional<ImportTarget> target() {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(ImportTarget.values())
                .filter(target -> target.recognises(this))
                .findFirst();
    }
}
