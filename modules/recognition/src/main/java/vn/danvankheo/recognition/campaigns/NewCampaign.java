package vn.danvankheo.recognition.campaigns;

import java.util.List;

/**
 * A campaign as people write it: deadlines as the documents write dates ({@code 30/01/2026}, or ISO), checked by
 * {@link CampaignRules} before anything is stored.
 */
public record NewCampaign(
        String level,
        Integer year,
        String title,
        String organiserName,
        String provinceCode,
        String communeCode,
        String criteriaSetId,
        Deadlines deadlines,
        String latePolicy,
        Integer minEvaluators,
        CampaignTargets targets,
        List<String> subordinateUnits) {

    public NewCampaign {
        subordinateUnits = subordinateUnits == null ? List.of() : List.copyOf(subordinateUnits);
    }

    public record Deadlines(
            String registrationSummary, String sixMonthReport, String nominations, String annualReport) {}
}
