package vn.danvankheo.places;

import java.util.List;

/**
 * Where an old address belongs today.
 *
 * @param commune the new commune, only when the outcome is {@link Outcome#PLACED}
 * @param candidates the new communes to choose from when the outcome is {@link Outcome#ASK}
 * @param message what to tell the person, in Vietnamese
 */
public record FormerPlacement(Outcome outcome, AdminUnit commune, List<AdminUnit> candidates, String message) {

    public enum Outcome {
        PLACED,
        ASK,
        UNKNOWN
    }

    static FormerPlacement unknown(String message) {
        return new FormerPlacement(Outcome.UNKNOWN, null, List.of(), message);
    }
}
