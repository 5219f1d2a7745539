package vn.danvankheo.accounts;

import java.time.Instant;
import java.util.UUID;

/** One change an administrator made, as the administration page lists it. */
public record AuditEntry(Instant at, String actorName, UUID accountId, String action, String detail) {}
