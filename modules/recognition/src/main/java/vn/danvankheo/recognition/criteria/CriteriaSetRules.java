package vn.danvankheo.recognition.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What one criteria set must satisfy on its own; rules that need the other sets live in the catalogue. */
final class CriteriaSetRules {

    private CriteriaSetRules() {}

    /** @return every problem found, so that one edit can fix them all */
    static List<String> problemsOf(CriteriaSet set) {
        List<String> problems = new ArrayList<>();
        required(problems, "id", set.id());
        required(problems, "title", set.title());
        required(problems, "titleEn", set.titleEn());
        required(problems, "issuer", set.issuer());
        required(problems, "sourceDocument", set.sourceDocument());
        required(problems, "levelNote", set.levelNote());
        if (set.level() == null) {
            problems.add("level is missing (one of " + List.of(RecognitionLevel.values()) + ")");
        }
        if (set.bindsLowerLevels() == null) {
            problems.add("bindsLowerLevels is missing (true or false)");
        }
        checkValidity(problems, set);
        if (set.appliesTo().isEmpty() || set.appliesTo().contains(null)) {
            problems.add("appliesTo must list at least one of " + List.of(Audience.values()) + " and nothing empty");
        }
        for (int i = 0; i < set.includes().size(); i++) {
            String included = set.includes().get(i);
            required(problems, "includes[" + i + "]", included);
            if (included != null && included.equals(set.id())) {
                problems.add("includes[" + i + "] names the set itself");
            }
        }
        checkCriteria(problems, set.criteria());
        for (int i = 0; i < set.deadlines().size(); i++) {
            problems.addAll(DeadlineRules.problemsOf(
                    "deadlines[" + i + "]", set.deadlines().get(i)));
        }
        return problems;
    }

    static void required(List<String> problems, String what, String text) {
        if (text == null || text.isBlank()) {
            problems.add(what + " is missing or blank");
        }
    }

    private static void checkValidity(List<String> problems, CriteriaSet set) {
        if (set.validFrom() == null || set.validTo() == null) {
            problems.add("validFrom and validTo are both required");
        } else if (set.validFrom().isAfter(set.validTo())) {
            problems.add("validFrom " + set.validFrom() + " is after validTo " + set.validTo());
        }
    }

    private static void checkCriteria(List<String> problems, List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            problems.add("criteria is empty");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String where = "criteria[" + i + "]";
            if (criterion == null) {
                problems.add(where + " is empty");
                continue;
            }
            required(problems, where + ".code", criterion.code());
            required(problems, where + ".text", criterion.text());
            required(problems, where + ".textEn", criterion.textEn());
            if (criterion.evidence() != null && criterion.evidence().isBlank()) {
                problems.add(where + ".evidence is blank; leave it out instead");
            }
            if (criterion.code() != null && !codes.add(criterion.code())) {
                problems.add(where + ".code \"" + criterion.code() + "\" is used twice in this set");
            }
        }
    }
}
