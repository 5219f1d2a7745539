package vn.danvankheo.recognition.reports;

import java.util.UUID;

/**
 * One unit's line in a campaign's six-month or annual report: how many models it registered, new and continuing,
 * how many a level recognised and how many went up, and whether it was late. A subordinate unit without any model
 * has a line of zeros, which is what the 100% target looks for.
 */
public record UnitFigures(
        UUID unitId,
        String unitName,
        long registered,
        long newModels,
        long continuingModels,
        long recognised,
        long nominated,
        boolean late) {

    public boolean withoutModel() {
        return registered == 0;
    }
}
