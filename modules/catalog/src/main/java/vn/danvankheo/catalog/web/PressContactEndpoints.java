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
import vn.danvankheo.catalog.ContactRequest;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.PressContactRequests;

/**
 * Press contact requests for signed-in clients, the same steps as the pages, each checked by
 * {@link PressContactRequests}: a journalist asks and follows their requests; the model's unit or a moderator of its
 * locality answers and may withdraw a grant.
 */
@RestController
@RequestMapping("/api/press-contacts")
class PressContactEndpoints {

    private final PressContactRequests requests;

    PressContactEndpoints(PressContactRequests requests) {
        this.requests = requests;
    }

    /** {@code {"modelId": "<id>", "purpose": "…"}}; asking again while one waits or stands gives that one back. */
    @PostMapping
    Mono<ResponseEntity<ContactRequest>> ask(
            @AuthenticationPrincipal AccountPrincipal signedIn, @RequestBody AskRequest ask) {
        if (ask.modelId() == null) {
            return Mono.error(new InvalidModelException("Thiếu modelId: mô hình bạn xin liên hệ báo chí."));
        }
        return requests.request(signedIn.account(), ask.modelId(), ask.purpose())
                .map(asked -> ResponseEntity.created(URI.create("/api/press-contacts/" + asked.id()))
                        .body(asked));
    }

    record AskRequest(UUID modelId, String purpose) {}

    /** The journalist's own requests, newest first; a standing grant carries the contact. */
    @GetMapping("/mine")
    Mono<List<ContactRequest>> mine(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return requests.mine(signedIn.account());
    }

    @GetMapping("/awaiting")
    Mono<List<ContactRequest>> awaiting(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return requests.awaiting(signedIn.account());
    }

    @GetMapping("/granted")
    Mono<List<ContactRequest>> granted(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return requests.granted(signedIn.account());
    }

    /** {@code {"grant": true, "note": "…"}}. */
    @PostMapping("/{id}/answer")
    Mono<ContactRequest> answer(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody AnswerRequest answer) {
        if (answer.grant() == null) {
            return Mono.error(new InvalidModelException("Thiếu grant: true để đồng ý, false để từ chối."));
        }
        return requests.answer(signedIn.account(), id, answer.grant(), answer.note());
    }

    record AnswerRequest(Boolean grant, String note) {}

    /** {@code {"note": "…"}}, the note optional. */
    @PostMapping("/{id}/withdrawal")
    Mono<ContactRequest> withdraw(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody(required = false) WithdrawalRequest withdrawal) {
        return requests.withdraw(signedIn.account(), id, withdrawal == null ? null : withdrawal.note());
    }

    record WithdrawalRequest(String note) {}
}
