package vn.danvankheo.recognition.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/**
 * A level's or a unit's movement for one year: its deadlines, targets and criteria set, and the subordinate units
 * the targets count, which are the units answering to the organiser. A null province means the whole country, a null
 * commune the whole province.
 */
public record Campaign(
        UUID id,
        RecognitionLevel level,
        int year,
        String title,
        UUID organiserId,
        String organiserName,
        String provinceCode,
        String communeCode,
        String criteriaSetId,
        CampaignDeadlines deadlines,
        LatePolicy latePolicy,
        int minEvaluators,
        CampaignTargets targets,
        List<Unit> subordinateUnits) {

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
