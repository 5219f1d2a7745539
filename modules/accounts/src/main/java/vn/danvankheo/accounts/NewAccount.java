package vn.danvankheo.accounts;

import java.util.UUID;

/**
 * What an administrator gives to open an account. A contributor names their unit; without a province or commune of
 * their own they act in the unit's locality.
 */
public record NewAccount(
        String username,
        String displayName,
        String password,
        Role role,
        UUID unitId,
        String provinceCode,
        String communeCode,
        CommitteeLevel committeeLevel) {}
