package vn.danvankheo.recognition.registrations;

/** One criterion's score, 0 to 10, with what the scorer saw. */
public record CriterionScore(String code, Integer score, String note) {}
