package vn.danvankheo.media;

import java.util.UUID;

/**
 * A stored video about to be served: enough to answer a range request before any byte is fetched. Its bytes come
 * from {@link MediaLibrary#read(VideoContent, long, long)}.
 */
public record VideoContent(UUID id, String contentType, long length, String etag) {}
