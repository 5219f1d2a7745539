package vn.danvankheo.recognition.honours;

import vn.danvankheo.recognition.criteria.RecognitionLevel;

/**
 * How often each level honours (seed 002, V.1): the grassroots every year, the provinces twice and the centre once
 * in each five-year period of the guidance (2026–2030, whose last year is the 100th anniversary).
 */
final class HonourCadence {

    static final int FIRST_PERIOD_START = 2026;
    static final int PERIOD_YEARS = 5;

    private HonourCadence() {}

    static int periodStart(int year) {
        return FIRST_PERIOD_START + Math.floorDiv(year - FIRST_PERIOD_START, PERIOD_YEARS) * PERIOD_YEARS;
    }

    /** The first year whose recognitions an event of this level may honour. */
    static int firstYearHonoured(RecognitionLevel level, int year) {
        return level == RecognitionLevel.GRASSROOTS ? year : periodStart(year);
    }

    static int eventsAllowed(RecognitionLevel level) {
        return switch (level) {
            case GRASSROOTS, CENTRAL -> 1;
            case PROVINCIAL -> 2;
        };
    }

    static String describe(RecognitionLevel level) {
        return switch (level) {
            case GRASSROOTS -> "cấp cơ sở biểu dương mỗi năm một lần";
            case PROVINCIAL -> "cấp tỉnh biểu dương 05 năm hai lần";
            case CENTRAL -> "cấp Trung ương biểu dương 05 năm một lần";
        };
    }
}
