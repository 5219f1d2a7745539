package vn.danvankheo.catalog;

import java.time.Instant;

/** Where a published model's page is and when the model last changed, for a sitemap. */
public record PublishedAddress(String slug, Instant updatedAt) {}
