package vn.danvankheo.accounts;

import java.util.UUID;

/**
 * Someone who signs in, as other capabilities see them: no password hash ever leaves this module.
 *
 * @param unitName the registering unit a contributor acts for; null for other roles
 * @param committeeLevel set for committee members only
 */
public record Account(
        UUID id,
        String username,
        String displayName,
        Role role,
        String unitName,
        Scope scope,
        CommitteeLevel committeeLevel,
        boolean enabled) {}
