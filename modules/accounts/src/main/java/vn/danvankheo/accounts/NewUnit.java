package vn.danvankheo.accounts;

import java.util.UUID;

/** What an administrator gives to record a unit; the locality codes are checked against the official list. */
public record NewUnit(String name, UnitKind kind, String provinceCode, String communeCode, UUID parentId) {}
