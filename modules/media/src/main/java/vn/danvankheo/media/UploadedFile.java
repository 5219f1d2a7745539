package vn.danvankheo.media;

import java.time.Instant;
import java.util.UUID;

/** A file an account uploaded and that passed the checks, as its owner picks it for a model or an update. */
public record UploadedFile(UUID mediaId, UploadKind kind, String fileName, Instant startedAt) {}
