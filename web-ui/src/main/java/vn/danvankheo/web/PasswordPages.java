package vn.danvankheo.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.AccountsScheduler;
import vn.danvankheo.accounts.InvalidAccountException;
import vn.danvankheo.accounts.PasswordMails;

/** Self-service: a signed-in person changes their password; someone who forgot it asks for a link by mail. */
@Controller
class PasswordPages {

    static final String FORGOTTEN = "/quen-mat-khau";
    static final String OWN = SecurityConfiguration.ACCOUNT_PAGE + "/mat-khau";

    private final PasswordMails mails;
    private final AccountDirectory accounts;
    private final AccountsScheduler scheduler;

    PasswordPages(PasswordMails mails, AccountDirectory accounts, AccountsScheduler scheduler) {
        this.scheduler = scheduler;
        this.mails = mails;
        this.accounts = accounts;
    }

    @GetMapping(FORGOTTEN)
    String forgotten() {
        return "forgotten-password";
    }

    /** Says the same whether or not an account has the address, so the form tells nobody who has one. */
    @PostMapping(FORGOTTEN)
    Mono<String> sendLink(Model page, ServerWebExchange exchange) {
        return exchange.getFormData()
                .flatMap(form -> scheduler
                        .run(() -> {
                            String email = form.getFirst("email");
                            if (email != null && !email.isBlank()) {
                                mails.forgotten(email);
                            }
                        })
                        .thenReturn("forgotten-password"))
                .doOnNext(view -> page.addAttribute("sent", true));
    }

    @GetMapping(OWN)
    String own() {
        return "own-password";
    }

    @PostMapping(OWN)
    Mono<String> change(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String next = form.getFirst("password");
            if (next == null || !next.equals(form.getFirst("confirmation"))) {
                return refused("Hai lần nhập mật khẩu mới không giống nhau.", page, exchange);
            }
            return scheduler
                    .run(() -> accounts.changePassword(signedIn.account().id(), form.getFirst("current"), next))
                    .then(Mono.fromSupplier(() -> {
                        page.addAttribute("changed", true);
                        return "own-password";
                    }))
                    .onErrorResume(InvalidAccountException.class, e -> refused(e.getMessage(), page, exchange));
        });
    }

    private static Mono<String> refused(String reason, Model page, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        page.addAttribute("error", reason);
        return Mono.just("own-password");
    }
}
