package vn.danvankheo.recognition.reports;

import java.util.List;
import java.util.Map;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.Registration;

/**
 * Where a campaign stands against its targets: the 100% target unit by unit, with the units still missing a model
 * named, nominations sent up, models by field and by commune, recognitions by level and year, late units.
 */
public record CampaignProgress(
        Campaign campaign,
        List<Registration> registrations,
        Map<java.util.UUID, List<Decision>> decisions,
        List<String> unitsWithModel,
        List<String> unitsMissingModel,
        int percentWithModel,
        long nominated,
        Map<String, Long> byField,
        Map<String, Long> byCommune,
        Map<String, String> communeNames,
        Map<String, Long> recognitionsByLevelAndYear,
        List<String> lateUnits) {

    public boolean unitTargetMet() {
        return percentWithModel >= campaign.targets().unitsWithModelPercent();
    }

    public boolean nominationTargetMet() {
        return nominated >= campaign.targets().nominations();
    }
}
