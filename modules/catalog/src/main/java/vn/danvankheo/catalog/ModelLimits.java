package vn.danvankheo.catalog;

import java.time.Clock;
import java.time.Year;

/** The limits of a model's parts, stated once: the catalog checks them, and imports quote them to a file's author. */
public final class ModelLimits {

    /** A model's name and its owner's name. */
    public static final int NAME_LENGTH = 300;

    public static final int SUMMARY_LENGTH = 2_000;

    /** Characters the reader gets, markup aside. */
    public static final int STORY_LENGTH = 50_000;

    /** The movement's oldest models date from the founding of the mass mobilisation work. */
    public static final int FIRST_YEAR = 1930;

    private ModelLimits() {}

    /** Next year: units register their plans ahead. */
    public static int latestYear(Clock clock) {
        return Year.now(clock).getValue() + 1;
    }
}
