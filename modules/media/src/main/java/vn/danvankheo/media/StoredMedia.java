package vn.danvankheo.media;

import java.util.UUID;

/** A file kept in object storage; the id is all an owner needs to keep. */
public record StoredMedia(UUID id, String contentType, long sizeBytes, String sha256) {}
