package vn.danvankheo.accounts;

/** Who may administer what: one rule for accounts and units alike, so both pages refuse the same things. */
final class AdministratorRights {

    private AdministratorRights() {}

    static void requireAdministrator(Account account) {
        if (!account.enabled() || account.role() != Role.ADMINISTRATOR) {
            throw new AdministrationRefusedException("Chỉ quản trị viên mới quản lý tài khoản và đơn vị.");
        }
    }

    /** A province's administrator manages accounts and units of that province only, never nationwide ones. */
    static void requireWithin(Account administrator, Scope scope) {
        if (!administrator.scope().contains(scope)
                || (administrator.scope().provinceCode() != null && scope.provinceCode() == null)) {
            throw new AdministrationRefusedException(
                    "Quản trị viên của một tỉnh chỉ quản lý tài khoản và đơn vị của tỉnh đó.");
        }
    }
}
