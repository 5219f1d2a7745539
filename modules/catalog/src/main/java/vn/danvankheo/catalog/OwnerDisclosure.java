package vn.danvankheo.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How much of an individual owner's name the public may see, as that person consented. Collectives are named. */
public enum OwnerDisclosure {
    FULL_NAME,
    /** "Nguyễn Thị Hoa" is shown as "N. T. H.". */
    INITIALS,
    /** The public reads only that the model belongs to an individual. */
    WITHHELD;

    String publicName(String fullName) {
        return switch (this) {
            case FULL_NAME -> fullName;
            case INITIALS ->
                Arrays.stream(fullName.strip().split("\\s+"))
                        .map(word -> word.substring(0, word.offsetByCodePoints(0, 1)) + ".")
                        .collect(Collectors.joining(" "));
            case WITHHELD -> "Một cá nhân (tên được giữ kín theo nguyện vọng)";
        };
    }
}
