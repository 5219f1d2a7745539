package vn.danvankheo.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountAdministration;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.AccountsScheduler;
import vn.danvankheo.accounts.AdministrationRefusedException;
import vn.danvankheo.accounts.CommitteeLevel;
import vn.danvankheo.accounts.InvalidAccountException;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.PasswordMails;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitRegistry;

/**
 * Administration: the accounts an administrator manages with their last sign-in, inviting people (the invitee gets a
 * mail with a link and chooses the password), changing role, unit and locality, disabling and re-enabling, sending a
 * new password link, and the audit trail of all of it. A province's administrator sees and changes that province only.
 */
@Controller
class AdministrationPages {

    static final String PAGE = "/quan-tri";
    private static final int TRAIL_SHOWN = 50;

    private final AccountAdministration administration;
    private final UnitRegistry units;
    private final PasswordMails mails;
    private final AccountsScheduler scheduler;

    AdministrationPages(
            AccountAdministration administration,
            UnitRegistry units,
            PasswordMails mails,
            AccountsScheduler scheduler) {
        this.scheduler = scheduler;
        this.administration = administration;
        this.units = units;
        this.mails = mails;
    }

    @GetMapping(PAGE)
    Mono<String> page(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        return show(signedIn.account(), null, null, page, exchange);
    }

    @PostMapping(PAGE + "/moi")
    Mono<String> invite(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account administrator = signedIn.account();
        return exchange.getFormData()
                .flatMap(form -> blocking(() -> {
                    String email = text(form, "email");
                    var invitation = administration.invite(administrator, rights(form), email);
                    mails.sendInvitation(invitation, email);
                    return "Đã mời " + invitation.account().username() + ". Thư mời đã gửi tới " + email
                            + ". Đường dẫn đặt mật khẩu (dùng một lần): " + mails.linkFor(invitation.token());
                }))
                .flatMap(done -> show(administrator, done, null, page, exchange))
                .onErrorResume(error -> refused(administrator, error, page, exchange));
    }

    @PostMapping(PAGE + "/vai-tro")
    Mono<String> assign(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account administrator = signedIn.account();
        return exchange.getFormData()
                .flatMap(form -> blocking(() -> "Đã đổi vai trò, đơn vị, địa bàn của "
                        + administration
                                .assign(administrator, unit(text(form, "accountId")), rights(form))
                                .username()
                        + "; tài khoản này cần đăng nhập lại."))
                .flatMap(done -> show(administrator, done, null, page, exchange))
                .onErrorResume(error -> refused(administrator, error, page, exchange));
    }

    @PostMapping(PAGE + "/tai-khoan/{id}/{change}")
    Mono<String> change(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @PathVariable String change,
            Model page,
            ServerWebExchange exchange) {
        Account administrator = signedIn.account();
        return exchange.getFormData()
                .flatMap(form -> blocking(() -> switch (change) {
                    case "khoa" ->
                        "Đã khoá " + administration.disable(administrator, id).username() + ".";
                    case "mo-khoa" ->
                        "Đã mở lại " + administration.enable(administrator, id).username() + ".";
                    case "dat-lai-mat-khau" -> reset(administrator, id);
                    default -> throw new InvalidAccountException("Không có thao tác \"" + change + "\".");
                }))
                .flatMap(done -> show(administrator, done, null, page, exchange))
                .onErrorResume(error -> refused(administrator, error, page, exchange));
    }

    private String reset(Account administrator, UUID id) {
        String token = administration.resetPassword(administrator, id);
        var managed = administration.accounts(administrator).stream()
                .filter(found -> found.account().id().equals(id))
                .findFirst()
                .orElseThrow();
        if (managed.email() == null) {
            return "Tài khoản " + managed.account().username() + " không có địa chỉ thư; hãy chuyển cho người dùng"
                    + " đường dẫn này (dùng một lần): " + mails.linkFor(token);
        }
        mails.sendReset(managed.account(), managed.email(), token);
        return "Đã gửi đường dẫn đặt lại mật khẩu tới " + managed.email() + ".";
    }

    private Mono<String> refused(Account administrator, Throwable error, Model page, ServerWebExchange exchange) {
        if (error instanceof AdministrationRefusedException) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        } else if (error instanceof IllegalArgumentException) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        } else {
            return Mono.error(error);
        }
        return show(administrator, null, error.getMessage(), page, exchange);
    }

    private Mono<String> show(
            Account administrator, String done, String error, Model page, ServerWebExchange exchange) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            return ModerationPages.refused(
                    new AdministrationRefusedException("Chỉ quản trị viên mới vào trang quản trị."), page, exchange);
        }
        return blocking(() -> {
            page.addAttribute("account", administrator);
            page.addAttribute("where", units.describe(administrator.scope()));
            page.addAttribute("accounts", administration.accounts(administrator));
            page.addAttribute("trail", administration.trail(administrator, TRAIL_SHOWN));
            page.addAttribute("units", units.within(administrator.scope()));
            page.addAttribute("roles", Role.values());
            page.addAttribute("levels", CommitteeLevel.values());
            page.addAttribute("time", new VietnamTime());
            page.addAttribute("done", done);
            page.addAttribute("error", error);
            return "administration";
        });
    }

    private static NewAccount rights(MultiValueMap<String, String> form) {
        return new NewAccount(
                text(form, "username"),
                text(form, "displayName"),
                null,
                choice(Role.class, text(form, "role"), "vai trò"),
                unit(text(form, "unitId")),
                text(form, "provinceCode"),
                text(form, "communeCode"),
                choice(CommitteeLevel.class, text(form, "committeeLevel"), "cấp hội đồng"));
    }

    private static UUID unit(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountException("Mục đã chọn không có trong danh sách.");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountException("Giá trị \"" + value + "\" không phải một " + what + ".");
        }
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** Times as people in Viet Nam read them. */
    record VietnamTime() {

        private static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

        public String of(Instant instant) {
            return FORMAT.format(instant);
        }
    }

    private <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
        return scheduler.run(work);
    }
}
