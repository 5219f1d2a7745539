package vn.danvankheo.recognition.campaigns;

import java.time.LocalDate;

/** The four dates a campaign sets its subordinate units (seed 000, section IV.1). */
public record CampaignDeadlines(
        LocalDate registrationSummary, LocalDate sixMonthReport, LocalDate nominations, LocalDate annualReport) {}
