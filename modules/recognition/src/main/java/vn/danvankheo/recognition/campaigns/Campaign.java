package vn.danvankheo.recognition.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/**
 * A level's or a unit's movement for one year: its deadlines, targets and criteria set, and the subordinate units
 * the targets count. A null province means the whole country, a null commune the whole province.
 */
public record Campaign(
        UUID id,
        RecognitionLevel level,
        int year,
        String title,
        String organiserName,
        String provinceCode,
        String communeCode,
        String criteriaSetId,
        CampaignDeadlines deadlines,
        LatePolicy latePolicy,
        int minEvaluators,
        CampaignTargets targets,
        List<String> subordinateUnits) {

    public Campaign {
        subordinateUnits = List.copyOf(subordinateUnits);
    }

    public boolean isLate(LocalDate day) {
        return day.isAfter(deadlines.registrationSummary());
    }

    public boolean covers(String modelProvinceCode, String modelCommuneCode) {
        if (provinceCode == null) {
            return true;
        }
        return provinceCode.equals(modelProvinceCode) && (communeCode == null || communeCode.equals(modelCommuneCode));
    }
}
