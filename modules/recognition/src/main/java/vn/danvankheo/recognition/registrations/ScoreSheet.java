package vn.danvankheo.recognition.registrations;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.criteria.Audience;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.CriteriaSet;
import vn.danvankheo.recognition.criteria.Criterion;

/**
 * The criteria a registration is scored on where it stands: the campaign's own set at the campaign's level, and at a
 * higher level the set that level issued for exemplary models of the owner's kind.
 */
final class ScoreSheet {

    private ScoreSheet() {}

    static Set<String> criteria(CriteriaCatalogue catalogue, Campaign campaign, Registration registration) {
        Set<String> codes = new LinkedHashSet<>();
        setFor(catalogue, campaign, registration).criteria().stream()
                .map(Criterion::code)
                .forEach(codes::add);
        return codes;
    }

    static CriteriaSet setFor(CriteriaCatalogue catalogue, Campaign campaign, Registration registration) {
        CriteriaSet set = catalogue.byId(campaign.criteriaSetId()).orElseThrow();
        if (registration.currentLevel() != campaign.level()) {
            Audience audience =
                    registration.isCollective() ? Audience.EXEMPLARY_COLLECTIVE : Audience.EXEMPLARY_INDIVIDUAL;
            set = catalogue.inForce(registration.currentLevel(), registration.year(), audience).stream()
                    .findFirst()
                    .orElse(set);
        }
        return set;
    }

    static void check(Set<String> criteria, List<CriterionScore> scores) {
        Set<String> scored = new HashSet<>();
        for (CriterionScore score : scores) {
            if (score == null || score.code() == null || !criteria.contains(score.code())) {
                throw new InvalidRecognitionRequestException("Tiêu chí \"" + (score == null ? null : score.code())
                        + "\" không có trong bộ tiêu chí của hồ sơ; các tiêu chí là " + criteria + ".");
            }
            if (score.score() == null || score.score() < 0 || score.score() > 10) {
                throw new InvalidRecognitionRequestException(
                        "Điểm của tiêu chí " + score.code() + " phải là số nguyên từ 0 đến 10.");
            }
            if (!scored.add(score.code())) {
                throw new InvalidRecognitionRequestException("Tiêu chí " + score.code() + " được chấm hai lần.");
            }
        }
        Set<String> missing = new LinkedHashSet<>(criteria);
        missing.removeAll(scored);
        if (!missing.isEmpty()) {
            throw new InvalidRecognitionRequestException("Còn thiếu điểm các tiêu chí " + missing + ".");
        }
    }
}
