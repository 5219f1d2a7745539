package vn.danvankheo.accounts;

/** What an administrator gives to open an account. */
public record NewAccount(
        String username,
        String displayName,
        String password,
        Role role,
        String unitName,
        String provinceCode,
        String communeCode,
        CommitteeLevel committeeLevel) {}
