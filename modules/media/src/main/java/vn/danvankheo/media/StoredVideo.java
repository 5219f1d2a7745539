package vn.danvankheo.media;

import java.util.UUID;

/**
 * A video kept in object storage; the id is all an owner needs to keep. Unlike a photo's original, the stored file
 * is what the public is served, in byte ranges so that players can seek.
 */
public record StoredVideo(UUID id, String contentType, long sizeBytes, String sha256) {}
