package vn.danvankheo.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.AccountsScheduler;
import vn.danvankheo.accounts.InvalidAccountException;
import vn.danvankheo.accounts.PasswordLinks;

/**
 * Where a one-time link leads: the first administrator, an invited person or someone who forgot their password
 * chooses a password, then signs in with it. Open to everyone: the link is the credential.
 */
@Controller
class PasswordLinkPages {

    static final String PAGE = "/dat-mat-khau";

    private final PasswordLinks links;
    private final AccountDirectory accounts;
    private final AccountsScheduler scheduler;

    PasswordLinkPages(PasswordLinks links, AccountDirectory accounts, AccountsScheduler scheduler) {
        this.scheduler = scheduler;
        this.links = links;
        this.accounts = accounts;
    }

    @GetMapping(PAGE + "/{token}")
    Mono<String> form(@PathVariable String token, Model page, ServerWebExchange exchange) {
        return scheduler
                .run(() -> links.holder(token).flatMap(holder -> accounts.find(holder.accountId())))
                .map(account -> {
                    if (account.isEmpty()) {
                        exchange.getResponse().setStatusCode(HttpStatus.GONE);
                        page.addAttribute(
                                "error", "Đường dẫn này đã được dùng hoặc đã hết hạn. Hãy xin một đường dẫn mới.");
                        return "set-password";
                    }
                    page.addAttribute("account", account.get());
                    page.addAttribute("token", token);
                    return "set-password";
                });
    }

    @PostMapping(PAGE + "/{token}")
    Mono<String> choose(@PathVariable String token, Model page, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String password = form.getFirst("password");
            if (password == null || !password.equals(form.getFirst("confirmation"))) {
                return refused(token, "Hai lần nhập mật khẩu không giống nhau.", page, exchange);
            }
            return scheduler
                    .run(() -> links.choosePassword(token, password))
                    .map(account -> "redirect:" + SecurityConfiguration.LOGIN_PAGE + "?mat-khau-moi")
                    .onErrorResume(InvalidAccountException.class, e -> refused(token, e.getMessage(), page, exchange));
        });
    }

    private Mono<String> refused(String token, String reason, Model page, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        return scheduler
                .run(() -> links.holder(token).flatMap(holder -> accounts.find(holder.accountId())))
                .map(account -> {
                    account.ifPresent(found -> {
                        page.addAttribute("account", found);
                        page.addAttribute("token", token);
                    });
                    page.addAttribute("error", reason);
                    return "set-password";
                });
    }
}
