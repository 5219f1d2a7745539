package vn.danvankheo.catalog.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelEdit;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.ReviewQueue;
import vn.danvankheo.catalog.Revision;

/** Registering, editing and publishing models, for signed-in accounts; every call is checked by {@link ModelWrites}. */
@RestController
@RequestMapping("/api/models")
class ModelWriteEndpoints {

    private final ModelWrites writes;

    ModelWriteEndpoints(ModelWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    Mono<ResponseEntity<ModelView>> register(
            @AuthenticationPrincipal AccountPrincipal signedIn, @RequestBody NewModel model) {
        return writes.register(signedIn.account(), model)
                .map(created -> ResponseEntity.created(URI.create("/api/models/" + created.id()))
                        .body(created));
    }

    @PatchMapping("/{id}")
    Mono<ModelView> revise(
            @AuthenticationPrincipal AccountPrincipal signedIn, @PathVariable UUID id, @RequestBody EditRequest edit) {
        if (edit.basedOn() == null) {
            return Mono.error(new InvalidModelException(
                    "Thiếu basedOn: phiên bản mô hình mà bạn đã sửa, để không ghi đè thay đổi của người khác."));
        }
        return writes.revise(signedIn.account(), id, edit.basedOn(), edit.toEdit());
    }

    /**
     * Names the model this one replicates, {@code {"basedOn": 3, "original": "<id>"}}, or none with
     * {@code "original": null}.
     */
    @PutMapping("/{id}/original")
    Mono<ModelView> nameOriginal(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody OriginalRequest original) {
        if (original.basedOn() == null) {
            return Mono.error(new InvalidModelException("Thiếu basedOn: phiên bản mô hình mà bạn đã sửa."));
        }
        return writes.nameOriginal(signedIn.account(), id, original.basedOn(), original.original());
    }

    record OriginalRequest(Long basedOn, UUID original) {}

    /** The body names the version the moderator reviewed: {@code {"basedOn": 3}}. */
    @PostMapping("/{id}/publication")
    Mono<ModelView> publish(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody PublicationRequest publication) {
        if (publication.basedOn() == null) {
            return Mono.error(new InvalidModelException(
                    "Thiếu basedOn: phiên bản mô hình mà bạn đã xem xét trước khi duyệt công bố."));
        }
        return writes.publish(signedIn.account(), id, publication.basedOn());
    }

    record PublicationRequest(Long basedOn) {}

    /** The unit sends the version it last saw for review: {@code {"basedOn": 3}}. */
    @PostMapping("/{id}/submission")
    Mono<ModelView> submit(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody PublicationRequest submission) {
        if (submission.basedOn() == null) {
            return Mono.error(new InvalidModelException("Thiếu basedOn: phiên bản mô hình mà bạn gửi duyệt."));
        }
        return writes.submit(signedIn.account(), id, submission.basedOn());
    }

    /** A moderator returns the reviewed version with a reason: {@code {"basedOn": 3, "reason": "..."}}. */
    @PostMapping("/{id}/send-back")
    Mono<ModelView> sendBack(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody SendBackRequest sendBack) {
        if (sendBack.basedOn() == null) {
            return Mono.error(new InvalidModelException("Thiếu basedOn: phiên bản mô hình mà bạn đã xem xét."));
        }
        return writes.sendBack(signedIn.account(), id, sendBack.basedOn(), sendBack.reason());
    }

    record SendBackRequest(Long basedOn, String reason) {}

    @PostMapping("/{id}/archive")
    Mono<ModelView> archive(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody PublicationRequest archive) {
        if (archive.basedOn() == null) {
            return Mono.error(new InvalidModelException("Thiếu basedOn: phiên bản mô hình mà bạn lưu trữ."));
        }
        return writes.archive(signedIn.account(), id, archive.basedOn());
    }

    /** What waits in the moderator's locality, with counts by kind and by province. */
    @GetMapping("/review-queue")
    Mono<ReviewQueue> reviewQueue(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return writes.reviewQueue(signedIn.account());
    }

    @GetMapping("/{id}/revisions")
    Mono<List<Revision>> history(@AuthenticationPrincipal AccountPrincipal signedIn, @PathVariable UUID id) {
        return writes.history(signedIn.account(), id);
    }

    /** An edit names the version it was made on, so a later save never silently overwrites an earlier one. */
    record EditRequest(Long basedOn, @JsonUnwrapped ModelProfile profile, ModelDetails details) {

        ModelEdit toEdit() {
            return new ModelEdit(profile, details);
        }
    }
}
