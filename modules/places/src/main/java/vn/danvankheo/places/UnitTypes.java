package vn.danvankheo.places;

import java.util.Map;

/** English names of the unit types, for the versions the source gives only in Vietnamese. */
final class UnitTypes {

    private static final Map<String, String> ENGLISH = Map.of(
            "Tỉnh", "Province",
            "Thành phố", "City",
            "Xã", "Commune",
            "Phường", "Ward",
            "Đặc khu", "Special administrative region");

    private UnitTypes() {}

    static String english(String unitType) {
        String english = ENGLISH.get(unitType);
        if (english == null) {
            throw new IllegalArgumentException("Unknown unit type: " + unitType);
        }
        return english;
    }
}
