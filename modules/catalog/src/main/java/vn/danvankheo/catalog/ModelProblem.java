package vn.danvankheo.catalog;

/** Why a new model cannot be registered as given, in Vietnamese, and in which part. */
public record ModelProblem(ModelPart part, String message) {}
