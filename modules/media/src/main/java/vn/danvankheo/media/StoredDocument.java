package vn.danvankheo.media;

import java.util.UUID;

/** A document of a model's records archive; not public: the public media address never serves it. */
public record StoredDocument(UUID id, DocumentType type, long sizeBytes, String sha256) {}
