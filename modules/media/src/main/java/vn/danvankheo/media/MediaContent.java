package vn.danvankheo.media;

import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

/** A stored file being read: its body streams in chunks, so no whole file is ever held in memory. */
public record MediaContent(String contentType, long length, String etag, Flux<DataBuffer> body) {}
