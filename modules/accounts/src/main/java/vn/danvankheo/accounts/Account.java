package vn.danvankheo.accounts;

import java.io.Serializable;
import java.util.UUID;

/**
 * Someone who signs in, as other capabilities see them: no password hash ever leaves this module. Serializable, as
 * sessions are stored with it.
 *
 * @param unitId the unit a contributor acts for; null for other roles
 * @param unitName that unit's name as it is now, for pages to show
 * @param committeeLevel set for committee members only
 */
public record Account(
        UUID id,
        String username,
        String displayName,
        Role role,
        UUID unitId,
        String unitName,
        Scope scope,
        CommitteeLevel committeeLevel,
        boolean enabled)
        implements Serializable {

    /**
     * The platform itself as the actor of its own writes (demo data, set-up): it never signs in, has no id, so the
     * audit trail records the system, and the policy lets it act anywhere like a nationwide administrator.
     */
    public static final Account PLATFORM =
            new Account(null, "he-thong", "Hệ thống", Role.ADMINISTRATOR, null, null, Scope.NATIONWIDE, null, true);
}
