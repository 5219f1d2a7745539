package vn.danvankheo.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * Announced, from the outbox, after any committed change to a model. It carries only the id: a listener reads the
 * current state through {@link ModelCatalog}, so a late or repeated delivery can never apply stale data.
 */
public record ModelChanged(UUID modelId, Instant occurredAt) {}
