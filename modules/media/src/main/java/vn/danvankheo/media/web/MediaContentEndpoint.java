package vn.danvankheo.media.web;

import java.time.Duration;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.danvankheo.media.MediaContent;
import vn.danvankheo.media.MediaLibrary;

/** Serves photos through the application, so storage itself never has to be public. */
@RestController
class MediaContentEndpoint {

    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaLibrary library;

    MediaContentEndpoint(MediaLibrary library) {
        this.library = library;
    }

    /** The largest rendition, or with {@code ?w=} the one at most that wide; never the original upload. */
    @GetMapping("/media/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> content(
            @PathVariable UUID id,
            @RequestParam(name = "w", required = false) Integer width,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String seen) {
        Mono<MediaContent> rendition = width == null ? library.open(id) : library.open(id, width);
        return rendition.map(content -> {
            String etag = "\"" + content.etag() + "\"";
            if (etag.equals(seen)) {
                // The body is lazy: left unsubscribed, the object is never fetched.
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                        .eTag(etag)
                        .cacheControl(IMMUTABLE)
                        .<Flux<DataBuffer>>build();
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(content.contentType()))
                    .contentLength(content.length())
                    .eTag(etag)
                    .cacheControl(IMMUTABLE)
                    .header("X-Content-Type-Options", "nosniff")
                    .body(content.body());
        });
    }
}
