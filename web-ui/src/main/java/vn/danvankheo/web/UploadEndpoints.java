package vn.danvankheo.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.media.CompletedUpload;
import vn.danvankheo.media.GpsPosition;
import vn.danvankheo.media.InvalidMediaRequestException;
import vn.danvankheo.media.MediaScheduler;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.UploadSessions;
import vn.danvankheo.media.UploadStarted;
import vn.danvankheo.media.UploadStatus;

/**
 * Uploads for signed-in accounts: the browser starts one here, gets signed URLs for its parts, sends them straight to
 * storage, and completes here. Only the account that started an upload may go on with it.
 */
@RestController
@RequestMapping("/api/uploads")
class UploadEndpoints {

    private final UploadSessions uploads;
    private final UploadQuotas quotas;
    private final MediaScheduler media;

    UploadEndpoints(UploadSessions uploads, UploadQuotas quotas, MediaScheduler media) {
        this.uploads = uploads;
        this.quotas = quotas;
        this.media = media;
    }

    record StartRequest(UploadKind kind, String fileName, Long size) {}

    record PartUrlsRequest(List<Integer> parts) {}

    record PartUrls(Map<Integer, String> urls) {}

    /**
     * {@code thumbnail} is a photo's smallest rendition; videos and documents have none. {@code gps} is where the
     * camera said a photo was taken, offered as the model's location.
     */
    record Completion(
            UUID mediaId,
            UploadKind kind,
            String contentType,
            long size,
            List<Integer> renditionWidths,
            String thumbnail,
            GpsPosition gps) {

        static Completion of(CompletedUpload completed) {
            String thumbnail = completed.renditionWidths().isEmpty()
                    ? null
                    : "/media/" + completed.mediaId() + "?w="
                            + completed.renditionWidths().get(0);
            return new Completion(
                    completed.mediaId(),
                    completed.kind(),
                    completed.contentType(),
                    completed.sizeBytes(),
                    completed.renditionWidths(),
                    thumbnail,
                    completed.gps().orElse(null));
        }
    }

    @PostMapping
    Mono<ResponseEntity<UploadStarted>> start(
            @AuthenticationPrincipal AccountPrincipal principal, @RequestBody StartRequest request) {
        if (request.kind() == null || request.size() == null) {
            throw new InvalidMediaRequestException("Cần nêu loại tệp (PHOTO, VIDEO, DOCUMENT), tên và kích thước tệp.");
        }
        return blocking(() -> uploads.start(
                        request.kind(),
                        request.fileName(),
                        request.size(),
                        account(principal),
                        quotas.of(principal.account().role())))
                .map(started -> ResponseEntity.created(URI.create("/api/uploads/" + started.id()))
                        .body(started));
    }

    @PostMapping("/{id}/part-urls")
    Mono<PartUrls> partUrls(
            @AuthenticationPrincipal AccountPrincipal principal,
            @PathVariable UUID id,
            @RequestBody PartUrlsRequest request) {
        List<Integer> parts = request.parts() == null ? List.of() : request.parts();
        return blocking(() -> new PartUrls(uploads.partUrls(id, parts, account(principal))));
    }

    @GetMapping("/{id}")
    Mono<UploadStatus> status(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID id) {
        return blocking(() -> uploads.status(id, account(principal)));
    }

    @PostMapping("/{id}/completion")
    Mono<Completion> complete(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID id) {
        return blocking(() -> Completion.of(uploads.complete(id, account(principal))));
    }

    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> abort(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable UUID id) {
        return blocking(() -> {
                    uploads.abort(id, account(principal));
                    return id;
                })
                .map(aborted -> ResponseEntity.noContent().build());
    }

    private static UUID account(AccountPrincipal principal) {
        return principal.account().id();
    }

    /** Database and storage calls wait on the network: on the media's own bounded scheduler, never the event loop. */
    private <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(media.scheduler());
    }
}
