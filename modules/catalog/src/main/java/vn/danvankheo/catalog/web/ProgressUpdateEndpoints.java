package vn.danvankheo.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.ProgressUpdate;

/** A model's progress updates: its unit writes them, a moderator of its locality approves or returns them. */
@RestController
@RequestMapping("/api/models/{modelId}/updates")
class ProgressUpdateEndpoints {

    private final ModelWrites writes;

    ProgressUpdateEndpoints(ModelWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    Mono<ResponseEntity<ProgressUpdate>> write(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID modelId,
            @RequestBody ProgressUpdate.NewUpdate update) {
        if (update.body() == null) {
            return Mono.error(new InvalidModelException("Nội dung cập nhật không được để trống."));
        }
        return writes.writeUpdate(signedIn.account(), modelId, update)
                .map(written -> ResponseEntity.created(
                                URI.create("/api/models/" + modelId + "/updates/" + written.id()))
                        .body(written));
    }

    @GetMapping
    Mono<List<ProgressUpdate>> timeline(
            @AuthenticationPrincipal AccountPrincipal signedIn, @PathVariable UUID modelId) {
        return writes.timeline(signedIn.account(), modelId);
    }

    @PostMapping("/{updateId}/publication")
    Mono<ProgressUpdate> publish(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID modelId,
            @PathVariable UUID updateId,
            @RequestBody Review review) {
        if (review.basedOn() == null) {
            return Mono.error(new InvalidModelException("Thiếu basedOn: phiên bản cập nhật mà bạn đã xem xét."));
        }
        return writes.publishUpdate(signedIn.account(), modelId, updateId, review.basedOn());
    }

    @PostMapping("/{updateId}/send-back")
    Mono<ProgressUpdate> sendBack(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID modelId,
            @PathVariable UUID updateId,
            @RequestBody Review review) {
        if (review.basedOn() == null) {
            return Mono.error(new InvalidModelException("Thiếu basedOn: phiên bản cập nhật mà bạn đã xem xét."));
        }
        return writes.sendBackUpdate(signedIn.account(), modelId, updateId, review.basedOn(), review.reason());
    }

    record Review(Long basedOn, String reason) {}
}
