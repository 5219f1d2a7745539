package vn.danvankheo.recognition.campaigns;

import java.util.UUID;

/**
 * A campaign as people write it: deadlines as the documents write dates ({@code 30/01/2026}, or ISO), checked by
 * {@link CampaignRules} before anything is stored. The organiser is a unit; the units answering to it are the ones
 * the campaign's targets count.
 */
public record NewCampaign(
        String level,
        Integer year,
        String title,
        UUID organiserId,
        String provinceCode,
        String communeCode,
        String criteriaSetId,
        Deadlines deadlines,
        String latePolicy,
        Integer minEvaluators,
        CampaignTargets targets) {

    public record Deadlines(
            String registrationSummary, String sixMonthReport, String nominations, String annualReport) {}
}
