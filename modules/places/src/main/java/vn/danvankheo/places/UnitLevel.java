package vn.danvankheo.places;

public enum UnitLevel {
    PROVINCE,
    COMMUNE
}
