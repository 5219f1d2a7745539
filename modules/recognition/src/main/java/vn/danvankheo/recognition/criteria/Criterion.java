package vn.danvankheo.recognition.criteria;

/**
 * @param code stable across editions of the data, so that assessments keep pointing at the criterion they scored
 * @param text the issuing document's own wording
 * @param textEn the project's short translation
 * @param evidence which records would show the criterion is met; optional, the project's suggestion
 */
public record Criterion(String code, String text, String textEn, String evidence) {}
