package vn.danvankheo.web;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ContactRequest;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelNotFoundException;
import vn.danvankheo.catalog.NotPermittedException;
import vn.danvankheo.catalog.PressContactRequests;
import vn.danvankheo.catalog.PublishedModels;

/**
 * Press contacts: a journalist asks from a model's page and follows their requests here; the model's unit and the
 * moderators of its locality answer the waiting ones on the same page, and withdraw a grant they no longer stand by.
 */
@Controller
class PressContactPages {

    static final String PAGE = "/lien-he-bao-chi";
    static final String ASK = "/mo-hinh/{slug}/lien-he-bao-chi";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PressContactRequests requests;
    private final PublishedModels models;
    private final WritePolicy policy;

    PressContactPages(PressContactRequests requests, PublishedModels models, WritePolicy policy) {
        this.requests = requests;
        this.models = models;
        this.policy = policy;
    }

    /** {@code ?xong=gui|dong-y|tu-choi|thu-hoi} after a step, so the person sees it was taken. */
    @GetMapping(PAGE)
    Mono<String> list(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "xong", required = false) String done,
            Model page,
            ServerWebExchange exchange) {
        return listPage(signedIn.account(), done, null, page, exchange);
    }

    @PostMapping(ASK)
    Mono<String> ask(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable String slug,
            Model page,
            ServerWebExchange exchange) {
        Account journalist = signedIn.account();
        Mono<String> asked = exchange.getFormData()
                .flatMap(form -> models.bySlug(slug)
                        .switchIfEmpty(Mono.error(() -> new ModelNotFoundException(slug)))
                        .flatMap(model -> requests.request(journalist, model.id(), form.getFirst("purpose"))))
                .then(Mono.just("redirect:" + PAGE + "?xong=gui"))
                .onErrorResume(ModelNotFoundException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    page.addAttribute("slug", slug);
                    return Mono.just("model-not-found");
                });
        return shownAfter(asked, journalist, page, exchange);
    }

    @PostMapping(PAGE + "/{id}/tra-loi")
    Mono<String> answer(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        Account answerer = signedIn.account();
        Mono<String> answered = exchange.getFormData().flatMap(form -> {
            boolean grant = "dong-y".equals(form.getFirst("decision"));
            return requests.answer(answerer, id, grant, form.getFirst("note"))
                    .thenReturn("redirect:" + PAGE + "?xong=" + (grant ? "dong-y" : "tu-choi"));
        });
        return shownAfter(answered, answerer, page, exchange);
    }

    @PostMapping(PAGE + "/{id}/thu-hoi")
    Mono<String> withdraw(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        Account answerer = signedIn.account();
        Mono<String> withdrawn = exchange.getFormData()
                .flatMap(form -> requests.withdraw(answerer, id, form.getFirst("note")))
                .thenReturn("redirect:" + PAGE + "?xong=thu-hoi");
        return shownAfter(withdrawn, answerer, page, exchange);
    }

    /**
     * A step's redirect, which shows the person it was taken; or, when it was not, the list again with the reason
     * (400, or 404 for a request that is not there), or the refusal page.
     */
    private Mono<String> shownAfter(Mono<String> step, Account account, Model page, ServerWebExchange exchange) {
        return step.onErrorResume(InvalidModelException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    return listPage(account, null, e.getMessage(), page, exchange);
                })
                .onErrorResume(ModelNotFoundException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    return listPage(account, null, "Không có yêu cầu liên hệ này.", page, exchange);
                })
                .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange));
    }

    private Mono<String> listPage(Account account, String done, String error, Model page, ServerWebExchange exchange) {
        boolean journalist = policy.asksForPressContacts(account);
        Mono<List<ContactRequest>> shown = journalist ? requests.mine(account) : requests.awaiting(account);
        Mono<List<ContactRequest>> standing = journalist ? Mono.just(List.of()) : requests.granted(account);
        return Mono.zip(shown, standing)
                .map(lists -> {
                    page.addAttribute("journalist", journalist);
                    page.addAttribute("requests", lists.getT1());
                    page.addAttribute("granted", lists.getT2());
                    page.addAttribute("done", done);
                    page.addAttribute("zone", VIETNAM);
                    page.addAttribute("error", error);
                    return "press-contacts";
                })
                .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange));
    }
}
