package vn.danvankheo.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.Criterion;
import vn.danvankheo.recognition.ratings.UnitRating;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Nominations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.reports.CampaignProgress;
import vn.danvankheo.recognition.reports.CampaignReports;

/**
 * The committee's desk: its queue, a registration's file where members score, send back, decide and nominate, and a
 * campaign's dashboard. Every step goes through the recognition services, which check role, level and state.
 */
@Controller
class RecognitionPages {

    static final String COMMITTEE = "/hoi-dong";

    private final RecognitionScheduler scheduler;
    private final Campaigns campaigns;
    private final Registrations registrations;
    private final Evaluations evaluations;
    private final Decisions decisions;
    private final Nominations nominations;
    private final CampaignReports reports;
    private final AuditTrail audit;
    private final UnitRatings ratings;
    private final JsonMapper json;

    RecognitionPages(
            RecognitionScheduler scheduler,
            Campaigns campaigns,
            Registrations registrations,
            Evaluations evaluations,
            Decisions decisions,
            Nominations nominations,
            CampaignReports reports,
            AuditTrail audit,
            UnitRatings ratings,
            JsonMapper json) {
        this.scheduler = scheduler;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.nominations = nominations;
        this.reports = reports;
        this.audit = audit;
        this.ratings = ratings;
        this.json = json;
    }

    /** {@code ?xong=…} after a step, so the member sees it was taken. */
    @GetMapping(COMMITTEE)
    Mono<String> queue(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "xong", required = false) String done,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("done", done);
        return scheduler
                .run(() -> {
                    page.addAttribute("queue", registrations.queue(signedIn.account()));
                    page.addAttribute("campaigns", campaigns.all());
                    return "committee-queue";
                })
                .onErrorResume(RecognitionNotPermittedException.class, e -> refused(e, page, exchange));
    }

    @GetMapping(COMMITTEE + "/ho-so/{id}")
    Mono<String> registration(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return file(id, null, page, exchange);
    }

    @PostMapping(COMMITTEE + "/ho-so/{id}/cham-diem")
    Mono<String> evaluate(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return step(signedIn.account(), id, "cham-diem", page, exchange, form -> {
            Registration registration = registrations.get(id);
            List<CriterionScore> scores = new ArrayList<>();
            for (Criterion criterion : evaluations.criteriaFor(registration).criteria()) {
                scores.add(new CriterionScore(
                        criterion.code(), score(form.getFirst("score-" + criterion.code()), criterion), null));
            }
            return evaluations.evaluate(signedIn.account(), id, scores, form.getFirst("comment"));
        });
    }

    @PostMapping(COMMITTEE + "/ho-so/{id}/tra-lai")
    Mono<String> sendBack(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return step(
                signedIn.account(),
                id,
                "tra-lai",
                page,
                exchange,
                form -> evaluations.sendBack(signedIn.account(), id, form.getFirst("reasons")));
    }

    @PostMapping(COMMITTEE + "/ho-so/{id}/quyet-dinh")
    Mono<String> decide(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return step(signedIn.account(), id, "quyet-dinh", page, exchange, form -> {
            String outcome = form.getFirst("outcome");
            if (!"cong-nhan".equals(outcome) && !"khong-cong-nhan".equals(outcome)) {
                throw new InvalidRecognitionRequestException("Hãy chọn công nhận hoặc không công nhận.");
            }
            List<String> confirmed = form.get("confirmed") == null ? List.of() : form.get("confirmed");
            return decisions.decide(
                    signedIn.account(),
                    id,
                    "cong-nhan".equals(outcome),
                    form.getFirst("reasons"),
                    form.getFirst("reference"),
                    confirmed);
        });
    }

    /** The unit's rating for the year, which a collective's recognition needs; entered by the level. */
    @PostMapping(COMMITTEE + "/ho-so/{id}/xep-loai")
    Mono<String> rateUnit(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return step(signedIn.account(), id, "xep-loai", page, exchange, form -> {
            Registration registration = registrations.get(id);
            ratings.rate(signedIn.account(), registration.unitId(), registration.year(), form.getFirst("rating"));
            return registration;
        });
    }

    @PostMapping(COMMITTEE + "/ho-so/{id}/de-nghi")
    Mono<String> nominate(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return step(
                signedIn.account(),
                id,
                "de-nghi",
                page,
                exchange,
                form -> nominations.nominate(signedIn.account(), id));
    }

    /** A campaign's progress against its targets, with charts and the annexes to download. */
    @GetMapping(COMMITTEE + "/dot/{id}")
    Mono<String> campaign(@PathVariable UUID id, Model page, ServerWebExchange exchange) {
        return scheduler
                .run(() -> {
                    CampaignProgress progress = reports.progress(id);
                    page.addAttribute("progress", progress);
                    page.addAttribute("campaign", progress.campaign());
                    Map<String, Object> charts = new LinkedHashMap<>();
                    charts.put("byField", progress.byField());
                    charts.put("byCommune", progress.byCommune());
                    charts.put("recognitions", progress.recognitionsByLevelAndYear());
                    charts.put(
                            "units",
                            Map.of(
                                    "withModel", progress.unitsWithModel().size(),
                                    "missing", progress.unitsMissingModel().size()));
                    page.addAttribute("chartData", json.writeValueAsString(charts));
                    return "committee-campaign";
                })
                .onErrorResume(RecognitionNotFoundException.class, e -> notFound(e, page, exchange));
    }

    private interface FormStep {
        Registration apply(MultiValueMap<String, String> form);
    }

    /** A step taken goes back to the queue; one refused shows the file again with the Vietnamese reason. */
    private Mono<String> step(
            Account account, UUID id, String outcome, Model page, ServerWebExchange exchange, FormStep step) {
        return exchange.getFormData()
                .flatMap(form -> scheduler.run(() -> step.apply(form)))
                .map(done -> "redirect:" + COMMITTEE + "/ho-so/" + id + "?xong=" + outcome)
                .onErrorResume(InvalidRecognitionRequestException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    return file(id, e.getMessage(), page, exchange);
                })
                .onErrorResume(StepRefusedException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                    return file(id, e.getMessage(), page, exchange);
                })
                .onErrorResume(RecognitionNotPermittedException.class, e -> refused(e, page, exchange));
    }

    private Mono<String> file(UUID id, String error, Model page, ServerWebExchange exchange) {
        page.addAttribute("error", error);
        page.addAttribute("done", exchange.getRequest().getQueryParams().getFirst("xong"));
        return scheduler
                .run((Callable<String>) () -> {
                    Registration registration = registrations.get(id);
                    page.addAttribute("registration", registration);
                    page.addAttribute("campaign", campaigns.get(registration.campaignId()));
                    page.addAttribute("criteria", evaluations.criteriaFor(registration));
                    page.addAttribute("evaluations", evaluations.current(registration));
                    page.addAttribute("decisions", decisions.of(id));
                    page.addAttribute("trail", audit.ofRegistration(id));
                    page.addAttribute(
                            "unitRating",
                            ratings.of(registration.unitId(), registration.year())
                                    .map(UnitRating::labelVi)
                                    .orElse(null));
                    page.addAttribute("ratings", UnitRating.values());
                    return "committee-registration";
                })
                .onErrorResume(RecognitionNotFoundException.class, e -> notFound(e, page, exchange));
    }

    private static Integer score(String value, Criterion criterion) {
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRecognitionRequestException(
                    "Điểm tiêu chí " + criterion.code() + " phải là số nguyên từ 0 đến 10.");
        }
    }

    static Mono<String> refused(RuntimeException e, Model page, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        page.addAttribute("heading", "Không có quyền");
        page.addAttribute("message", e.getMessage());
        return Mono.just("committee-message");
    }

    static Mono<String> notFound(RuntimeException e, Model page, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        page.addAttribute("heading", "Không tìm thấy");
        page.addAttribute("message", e.getMessage());
        return Mono.just("committee-message");
    }
}
