package vn.danvankheo.recognition.campaigns;

/**
 * @param unitsWithModelPercent share of the subordinate units that must build at least one model ("100%")
 * @param nominations how many models at least the campaign sends up to the next level
 */
public record CampaignTargets(int unitsWithModelPercent, int nominations) {}
