package vn.danvankheo.web;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.demo.DemoAccounts;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.PlacesScheduler;

/** Signing in, and the signed-in account with the unit and locality it acts for. */
@Controller
class AccountPages {

    private final AdminUnits units;
    private final ObjectProvider<DemoAccounts> demoAccounts;
    private final PlacesScheduler scheduler;

    AccountPages(AdminUnits units, ObjectProvider<DemoAccounts> demoAccounts, PlacesScheduler scheduler) {
        this.scheduler = scheduler;
        this.units = units;
        this.demoAccounts = demoAccounts;
    }

    /**
     * {@code ?loi} after a wrong password, {@code ?khoa=minutes} while locked, {@code ?thoat} after signing out,
     * {@code ?mat-khau-moi} after a password was chosen through a link.
     */
    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String signIn(
            @RequestParam(name = "loi", required = false) String failed,
            @RequestParam(name = "khoa", required = false) Integer lockedMinutes,
            @RequestParam(name = "thoat", required = false) String signedOut,
            @RequestParam(name = "mat-khau-moi", required = false) String passwordChosen,
            Model page) {
        page.addAttribute("passwordChosen", passwordChosen != null);
        page.addAttribute("failed", failed != null);
        page.addAttribute("lockedMinutes", lockedMinutes != null && lockedMinutes > 0 ? lockedMinutes : null);
        page.addAttribute("signedOut", signedOut != null);
        DemoAccounts demo = demoAccounts.getIfAvailable();
        if (demo != null) {
            page.addAttribute("demoSignIns", demo.signIns());
            page.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "sign-in";
    }

    @GetMapping(SecurityConfiguration.ACCOUNT_PAGE)
    Mono<String> account(@AuthenticationPrincipal AccountPrincipal principal, Model page) {
        Account account = principal.account();
        page.addAttribute("account", account);
        return scheduler.run(() -> where(account)).map(place -> {
            page.addAttribute("place", place);
            return "account";
        });
    }

    /** Photos, videos and documents sent straight to storage by the browser, with progress and resuming. */
    @GetMapping(SecurityConfiguration.UPLOAD_PAGE)
    String upload(@AuthenticationPrincipal AccountPrincipal principal, Model page) {
        page.addAttribute("account", principal.account());
        return "upload";
    }

    private String where(Account account) {
        Optional<String> commune = Optional.ofNullable(account.scope().communeCode())
                .flatMap(units::current)
                .map(AdminUnit::fullName);
        Optional<String> province = Optional.ofNullable(account.scope().provinceCode())
                .flatMap(units::current)
                .map(AdminUnit::fullName);
        if (province.isEmpty()) {
            return "Cả nước";
        }
        return commune.map(name -> name + ", " + province.get()).orElse(province.get());
    }
}
