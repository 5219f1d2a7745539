package vn.danvankheo.recognition.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One issuer's criteria for one audience, valid for a period. Each level issues its own (seed 002, section V.3), so
 * sets are data, read by {@link CriteriaCatalogue}.
 *
 * @param level the level whose recognition the set serves; {@code levelNote} says why
 * @param bindsLowerLevels true when lower levels must apply the set too, as with the central general criteria; required
 *     in the data, because leaving it out would silently confine a set to its own level
 * @param includes ids of sets whose criteria must be met as well, when the document says "đảm bảo đầy đủ" another set
 * @param deadlines dates the issuing document sets for the work judged by these criteria
 */
public record CriteriaSet(
        String id,
        String title,
        String titleEn,
        String issuer,
        String sourceDocument,
        RecognitionLevel level,
        String levelNote,
        Boolean bindsLowerLevels,
        LocalDate validFrom,
        LocalDate validTo,
        List<Audience> appliesTo,
        List<String> includes,
        List<Criterion> criteria,
        List<Deadline> deadlines) {

    public CriteriaSet {
        appliesTo = readOnlyCopy(appliesTo);
        includes = readOnlyCopy(includes);
        criteria = readOnlyCopy(criteria);
        deadlines = readOnlyCopy(deadlines);
    }

    public boolean inForceDuring(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31)) && !validTo.isBefore(LocalDate.of(year, 1, 1));
    }

    public boolean appliesAt(RecognitionLevel asked) {
        return level == asked || (Boolean.TRUE.equals(bindsLowerLevels) && level.isAbove(asked));
    }

    public boolean isFor(Audience audience) {
        return appliesTo.contains(audience);
    }

    // List.copyOf would fail on a null element with a bare NullPointerException; keeping it lets the rules say where.
    private static <T> List<T> readOnlyCopy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
