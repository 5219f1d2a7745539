package vn.danvankheo.web;

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
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelEditConflictException;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NotPermittedException;

/** A contributor's view of their unit's models: where each stands, why one came back, and sending it for review. */
@Controller
class UnitPages {

    static final String UNIT_MODELS = "/don-vi/mo-hinh";

    private final ModelWrites writes;

    UnitPages(ModelWrites writes) {
        this.writes = writes;
    }

    @GetMapping(UNIT_MODELS)
    Mono<String> models(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "xong", required = false) String done,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("done", done);
        return listing(signedIn.account(), null, page, exchange);
    }

    @PostMapping(UNIT_MODELS + "/{id}/gui-duyet")
    Mono<String> submit(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            ServerWebExchange exchange,
            Model page) {
        Account account = signedIn.account();
        return exchange.getFormData()
                .flatMap(form ->
                        Mono.defer(() -> writes.submit(account, id, ModerationPages.version(form.getFirst("basedOn")))))
                .then(Mono.fromSupplier(() -> "redirect:" + UNIT_MODELS + "?xong=gui-duyet"))
                .onErrorResume(InvalidModelException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    return listing(account, e.getMessage(), page, exchange);
                })
                .onErrorResume(ModelEditConflictException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                    return listing(
                            account,
                            "Mô hình vừa được người khác cập nhật; hãy xem lại rồi gửi duyệt.",
                            page,
                            exchange);
                })
                .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange));
    }

    private Mono<String> listing(Account account, String error, Model page, ServerWebExchange exchange) {
        page.addAttribute("account", account);
        page.addAttribute("error", error);
        return writes.unitModels(account)
                .map(models -> {
                    page.addAttribute("models", models);
                    return "unit-models";
                })
                .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange));
    }
}
