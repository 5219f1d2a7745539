package vn.danvankheo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.honours.HonourEvents;
import vn.danvankheo.recognition.honours.NewHonourEvent;

/**
 * A committee's honouring ceremonies: those held at its level and in its locality, and the form that holds one for
 * the models the level recognised. Cadence, dates and who may honour are the honours' own rules.
 */
@Controller
class HonourPages {

    static final String HONOURS = RecognitionPages.COMMITTEE + "/bieu-duong";

    private final RecognitionScheduler scheduler;
    private final HonourEvents honours;
    private final Clock clock;

    HonourPages(RecognitionScheduler scheduler, HonourEvents honours, Clock clock) {
        this.scheduler = scheduler;
        this.honours = honours;
        this.clock = clock;
    }

    /** {@code ?nam=} the year whose recognitions the next event honours, this year unless said. */
    @GetMapping(HONOURS)
    Mono<String> honours(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "xong", required = false) String done,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("done", done);
        return show(
                signedIn.account(),
                year == null ? LocalDate.now(clock).getYear() : year,
                null,
                new LinkedMultiValueMap<>(),
                page,
                exchange);
    }

    @PostMapping(HONOURS)
    Mono<String> hold(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account account = signedIn.account();
        return exchange.getFormData().flatMap(form -> {
            int year = year(form.getFirst("year"));
            return scheduler
                    .run(() -> honours.hold(
                            account,
                            new NewHonourEvent(
                                    account.committeeLevel() == null
                                            ? null
                                            : account.committeeLevel().name(),
                                    year,
                                    day(form.getFirst("heldOn")),
                                    form.getFirst("title"),
                                    account.scope().provinceCode(),
                                    account.scope().communeCode(),
                                    ids(form.getOrDefault("registration", List.of())))))
                    .map(held -> "redirect:" + HONOURS + "?nam=" + year + "&xong=bieu-duong")
                    .onErrorResume(InvalidRecognitionRequestException.class, e -> {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return show(account, year, e.getMessage(), form, page, exchange);
                    })
                    .onErrorResume(StepRefusedException.class, e -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return show(account, year, e.getMessage(), form, page, exchange);
                    })
                    .onErrorResume(
                            RecognitionNotPermittedException.class, e -> RecognitionPages.refused(e, page, exchange));
        });
    }

    private Mono<String> show(
            Account account,
            int year,
            String error,
            MultiValueMap<String, String> typed,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("error", error);
        page.addAttribute("typed", typed);
        page.addAttribute("year", year);
        page.addAttribute("account", account);
        return scheduler
                .run(() -> {
                    page.addAttribute("candidates", honours.candidates(account, year));
                    page.addAttribute(
                            "events",
                            honours.all().stream()
                                    .filter(event -> account.committeeLevel() != null
                                            && event.level()
                                                    .name()
                                                    .equals(account.committeeLevel()
                                                            .name()))
                                    .filter(event -> account.scope().covers(event.provinceCode(), event.communeCode()))
                                    .toList());
                    return "committee-honours";
                })
                .onErrorResume(RecognitionNotPermittedException.class, e -> RecognitionPages.refused(e, page, exchange))
                .onErrorResume(RecognitionNotFoundException.class, e -> RecognitionPages.notFound(e, page, exchange));
    }

    /** A year that is no number reads as none, which the honours refuse with the years they accept. */
    private static int year(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate day(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRecognitionRequestException("Ngày biểu dương không hợp lệ; hãy chọn ngày trên lịch.");
        }
    }

    private static List<UUID> ids(List<String> typed) {
        List<UUID> ids = new ArrayList<>();
        for (String id : typed) {
            try {
                ids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRecognitionRequestException("Biểu mẫu có mô hình không hợp lệ; hãy tải lại trang.");
            }
        }
        return ids;
    }
}
