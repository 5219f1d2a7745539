package vn.danvankheo.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelEditConflictException;
import vn.danvankheo.catalog.ModelNotFoundException;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NotPermittedException;
import vn.danvankheo.catalog.ProgressUpdate;

/**
 * The moderator's desk: the queue of their locality with counts, and a review page per model where the version
 * read is the version approved or sent back, with a reason the unit will see.
 */
@Controller
class ModerationPages {

    static final String QUEUE = "/kiem-duyet";

    private final ModelWrites writes;

    ModerationPages(ModelWrites writes) {
        this.writes = writes;
    }

    /** {@code ?xong=duyet|tra-lai} after a decision, so the moderator sees it was taken. */
    @GetMapping(QUEUE)
    Mono<String> queue(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "xong", required = false) String done,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("done", done);
        return writes.reviewQueue(signedIn.account())
                .map(queue -> {
                    page.addAttribute("queue", queue);
                    return "moderation-queue";
                })
                .onErrorResume(NotPermittedException.class, e -> refused(e, page, exchange));
    }

    @GetMapping(QUEUE + "/mo-hinh/{id}")
    Mono<String> review(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return reviewPage(signedIn.account(), id, null, page, exchange);
    }

    @PostMapping(QUEUE + "/mo-hinh/{id}/duyet")
    Mono<String> approve(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            ServerWebExchange exchange,
            Model page) {
        return exchange.getFormData()
                .flatMap(form -> decided(
                        () -> writes.publish(signedIn.account(), id, version(form.getFirst("basedOn"))),
                        "duyet",
                        signedIn.account(),
                        id,
                        page,
                        exchange));
    }

    @PostMapping(QUEUE + "/mo-hinh/{id}/tra-lai")
    Mono<String> sendBack(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            ServerWebExchange exchange,
            Model page) {
        return exchange.getFormData()
                .flatMap(form -> decided(
                        () -> writes.sendBack(
                                signedIn.account(), id, version(form.getFirst("basedOn")), form.getFirst("reason")),
                        "tra-lai",
                        signedIn.account(),
                        id,
                        page,
                        exchange));
    }

    @PostMapping(QUEUE + "/mo-hinh/{id}/cap-nhat/{updateId}/duyet")
    Mono<String> approveUpdate(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @PathVariable UUID updateId,
            ServerWebExchange exchange,
            Model page) {
        return exchange.getFormData()
                .flatMap(form -> decided(
                        () -> writes.publishUpdate(signedIn.account(), id, updateId, version(form.getFirst("basedOn"))),
                        "duyet",
                        signedIn.account(),
                        id,
                        page,
                        exchange));
    }

    @PostMapping(QUEUE + "/mo-hinh/{id}/cap-nhat/{updateId}/tra-lai")
    Mono<String> sendBackUpdate(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @PathVariable UUID updateId,
            ServerWebExchange exchange,
            Model page) {
        return exchange.getFormData()
                .flatMap(form -> decided(
                        () -> writes.sendBackUpdate(
                                signedIn.account(),
                                id,
                                updateId,
                                version(form.getFirst("basedOn")),
                                form.getFirst("reason")),
                        "tra-lai",
                        signedIn.account(),
                        id,
                        page,
                        exchange));
    }

    /** A decision taken goes back to the queue; one refused shows the review page again with the reason. */
    private Mono<String> decided(
            Supplier<Mono<?>> decision,
            String outcome,
            Account account,
            UUID id,
            Model page,
            ServerWebExchange exchange) {
        return Mono.defer(decision)
                .then(Mono.fromSupplier(() -> "redirect:" + QUEUE + "?xong=" + outcome))
                .onErrorResume(InvalidModelException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    return reviewPage(account, id, e.getMessage(), page, exchange);
                })
                .onErrorResume(ModelEditConflictException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                    return reviewPage(
                            account,
                            id,
                            "Đơn vị đã sửa tiếp trong lúc bạn xem xét. Hãy xem lại bản mới nhất dưới đây.",
                            page,
                            exchange);
                })
                .onErrorResume(NotPermittedException.class, e -> refused(e, page, exchange));
    }

    private Mono<String> reviewPage(Account account, UUID id, String error, Model page, ServerWebExchange exchange) {
        return writes.forReview(account, id)
                .zipWith(writes.timeline(account, id))
                .map(found -> {
                    List<ProgressUpdate> waiting = found.getT2().stream()
                            .filter(update -> update.status() == ProgressUpdate.Status.SUBMITTED)
                            .toList();
                    page.addAttribute("model", found.getT1());
                    page.addAttribute("waitingUpdates", waiting);
                    page.addAttribute("timeline", List.of());
                    page.addAttribute("error", error);
                    return "moderation-review";
                })
                .onErrorResume(NotPermittedException.class, e -> refused(e, page, exchange))
                .onErrorResume(ModelNotFoundException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    page.addAttribute("slug", id.toString());
                    return Mono.just("model-not-found");
                });
    }

    static Mono<String> refused(RuntimeException e, Model page, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        page.addAttribute("message", e.getMessage());
        return Mono.just("moderation-refused");
    }

    static long version(String basedOn) {
        try {
            return Long.parseLong(basedOn == null ? "" : basedOn.strip());
        } catch (NumberFormatException e) {
            throw new InvalidModelException("Biểu mẫu thiếu phiên bản đã xem xét; hãy tải lại trang.");
        }
    }
}
