package vn.danvankheo.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvankheo.recognition.campaigns.CampaignTargets;
import vn.danvankheo.recognition.campaigns.NewCampaign;

/**
 * One entry of data/demo/campaigns.json: a campaign as its plan writes it, its organiser named by a key of units.json,
 * so the units the targets count are the demo units answering to that organiser.
 */
record DemoCampaign(
        String level,
        Integer year,
        String title,
        String organiser,
        String provinceCode,
        String communeCode,
        String criteriaSetId,
        NewCampaign.Deadlines deadlines,
        String latePolicy,
        Integer minEvaluators,
        CampaignTargets targets,
        List<DemoRegistration> registrations) {

    DemoCampaign {
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
    }

    NewCampaign toNewCampaign(Map<String, UUID> units) {
        UUID organiserId = units.get(organiser);
        if (organiserId == null) {
            throw new IllegalStateException("campaigns.json names organiser \"" + organiser + "\", not in units.json");
        }
        return new NewCampaign(
                level,
                year,
                title,
                organiserId,
                provinceCode,
                communeCode,
                criteriaSetId,
                deadlines,
                latePolicy,
                minEvaluators,
                targets);
    }
}
