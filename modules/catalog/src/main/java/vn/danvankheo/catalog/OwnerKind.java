package vn.danvankheo.catalog;

public enum OwnerKind {
    COLLECTIVE,
    INDIVIDUAL
}
