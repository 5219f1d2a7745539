package vn.danvankheo.catalog;

public enum ModelStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    ARCHIVED
}
