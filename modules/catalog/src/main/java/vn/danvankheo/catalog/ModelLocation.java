package vn.danvankheo.catalog;

/** Where a model works: a point and the commune its unit declares, whose names come from the official list. */
public record ModelLocation(double latitude, double longitude, String communeCode) {}
