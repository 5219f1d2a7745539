package vn.danvankheo.media;

import java.util.UUID;

/** An upload storage is ready to take: part {@code n} (1-based) is the file's bytes from {@code (n-1)·partSize}. */
public record UploadStarted(UUID id, long partSize, int partCount) {}
