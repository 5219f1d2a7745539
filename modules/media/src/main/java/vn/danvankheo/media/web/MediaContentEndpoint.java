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
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.danvankheo.media.MediaContent;
import vn.danvankheo.media.MediaLibrary;
import vn.danvankheo.media.MediaNotFoundException;
import vn.danvankheo.media.MediaVisibility;
import vn.danvankheo.media.VideoContent;

/** Serves photos and videos through the application, so storage itself never has to be public. */
@RestController
class MediaContentEndpoint {

    /**
     * A day, not a year: the bytes of an id never change, but a model can be archived or a person can withdraw
     * consent, and shared caches must let go of what was published within a day.
     */
    private static final CacheControl PUBLISHED =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private static final CacheControl UNPUBLISHED = CacheControl.noStore().cachePrivate();

    private final MediaLibrary library;
    private final MediaVisibility visibility;

    MediaContentEndpoint(MediaLibrary library, MediaVisibility visibility) {
        this.library = library;
        this.visibility = visibility;
    }

    /**
     * A video, in the byte range asked for; otherwise a photo's largest rendition, or with {@code ?w=} the one at
     * most that wide (for a video, its poster). Never a photo's original upload.
     */
    @GetMapping("/media/{id}")
    Mono<ResponseEntity<Flux<DataBuffer>>> content(
            @PathVariable UUID id,
            @RequestParam(name = "w", required = false) Integer width,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String seen,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) String ifRange,
            ServerWebExchange exchange) {
        return visibility.audience(id, exchange.getPrincipal()).flatMap(audience -> {
            if (audience == MediaVisibility.Audience.NO_ONE) {
                return Mono.error(new MediaNotFoundException(id.toString()));
            }
            CacheControl cache = audience == MediaVisibility.Audience.EVERYONE ? PUBLISHED : UNPUBLISHED;
            if (width != null) {
                return photo(library.open(id, width), seen, cache);
            }
            return library.openVideo(id)
                    .map(video -> video(video, seen, range, ifRange, cache))
                    .switchIfEmpty(Mono.defer(() -> photo(library.open(id), seen, cache)));
        });
    }

    private static Mono<ResponseEntity<Flux<DataBuffer>>> photo(
            Mono<MediaContent> rendition, String seen, CacheControl cache) {
        return rendition.map(content -> {
            String etag = "\"" + content.etag() + "\"";
            if (etag.equals(seen)) {
                // The body is lazy: left unsubscribed, the object is never fetched.
                return notModified(etag, cache);
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(content.contentType()))
                    .contentLength(content.length())
                    .eTag(etag)
                    .cacheControl(cache)
                    .header("X-Content-Type-Options", "nosniff")
                    .body(content.body());
        });
    }

    /**
     * One range per response: a request for several ranges gets the whole video (which HTTP allows), as browsers
     * never ask for several. {@code If-Range} is honoured: unless it names the current ETag, the whole video is sent.
     */
    private ResponseEntity<Flux<DataBuffer>> video(
            VideoContent video, String seen, String range, String ifRange, CacheControl cache) {
        String etag = "\"" + video.etag() + "\"";
        if (etag.equals(seen)) {
            return notModified(etag, cache);
        }
        long total = video.length();
        ByteRange requested = range == null || (ifRange != null && !ifRange.equals(etag))
                ? ByteRange.WHOLE
                : ByteRange.parse(range, total);
        if (requested == ByteRange.UNSATISFIABLE) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + total)
                    .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                    .eTag(etag)
                    .build();
        }
        ResponseEntity.BodyBuilder response;
        long start;
        long length;
        if (requested == ByteRange.WHOLE) {
            response = ResponseEntity.ok();
            start = 0;
            length = total;
        } else {
            response = ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                    .header(
                            HttpHeaders.CONTENT_RANGE,
                            "bytes " + requested.start() + "-" + requested.end() + "/" + total);
            start = requested.start();
            length = requested.end() - requested.start() + 1;
        }
        return response.contentType(MediaType.parseMediaType(video.contentType()))
                .contentLength(length)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .eTag(etag)
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .body(length == 0 ? Flux.empty() : library.read(video, start, length));
    }

    private static ResponseEntity<Flux<DataBuffer>> notModified(String etag, CacheControl cache) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .eTag(etag)
                .cacheControl(cache)
                .<Flux<DataBuffer>>build();
    }
}
