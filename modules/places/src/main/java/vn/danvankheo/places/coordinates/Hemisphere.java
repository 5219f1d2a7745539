package vn.danvankheo.places.coordinates;

/** A hemisphere letter or word, which also tells which axis the value is on. */
enum Hemisphere {
    NORTH(Axis.LATITUDE, 1, "Bắc"),
    SOUTH(Axis.LATITUDE, -1, "Nam"),
    EAST(Axis.LONGITUDE, 1, "Đông"),
    WEST(Axis.LONGITUDE, -1, "Tây");

    enum Axis {
        LATITUDE,
        LONGITUDE,
        UNMARKED
    }

    private final Axis axis;
    private final int sign;
    private final String vietnameseName;

    Hemisphere(Axis axis, int sign, String vietnameseName) {
        this.axis = axis;
        this.sign = sign;
        this.vietnameseName = vietnameseName;
    }

    Axis axis() {
        return axis;
    }

    int sign() {
        return sign;
    }

    String vietnameseName() {
        return vietnameseName;
    }

    /**
     * Reads a folded, lower-case word. A lone "n" is Nam (south) in Vietnamese but North in English; it is read the
     * Vietnamese way only when the other letters of the same input are Vietnamese (b, đ, t), because "N" for North is
     * what GPS units and most sites print.
     */
    static Hemisphere of(String word, boolean vietnameseLetters) {
        return switch (word) {
            case "n" -> vietnameseLetters ? SOUTH : NORTH;
            case "b", "bac", "north" -> NORTH;
            case "s", "nam", "south" -> SOUTH;
            case "e", "d", "dong", "east" -> EAST;
            case "w", "t", "tay", "west" -> WEST;
            default -> throw new IllegalArgumentException("Not a hemisphere: " + word);
        };
    }

    static boolean isVietnamese(String word) {
        return switch (word) {
            case "b", "bac", "d", "dong", "t", "tay", "nam" -> true;
            default -> false;
        };
    }
}
