package vn.danvankheo.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ProgressUpdates;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.Criterion;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Evidence;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;

/**
 * One registration as its unit follows it: the launch of a new model, the self-assessment against the campaign's
 * criteria with evidence from the model's records, and what the committee said, a return for changes included. A
 * returned registration is assessed again on the same page.
 */
@Controller
class ContributorRegistrationPages {

    static final String FILE = ContributorRecognitionPages.MOVEMENT + "/ho-so/{id}";

    private final RecognitionScheduler scheduler;
    private final Campaigns campaigns;
    private final Registrations registrations;
    private final SelfAssessments selfAssessments;
    private final Evaluations evaluations;
    private final Decisions decisions;
    private final AuditTrail audit;
    private final ModelCatalog models;
    private final ProgressUpdates updates;

    ContributorRegistrationPages(
            RecognitionScheduler scheduler,
            Campaigns campaigns,
            Registrations registrations,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            Decisions decisions,
            AuditTrail audit,
            ModelCatalog models,
            ProgressUpdates updates) {
        this.scheduler = scheduler;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.audit = audit;
        this.models = models;
        this.updates = updates;
    }

    static String file(UUID id) {
        return FILE.replace("{id}", id.toString());
    }

    @GetMapping(FILE)
    Mono<String> registration(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestParam(name = "xong", required = false) String done,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("done", done);
        return show(signedIn.account(), id, null, new LinkedMultiValueMap<>(), page, exchange);
    }

    @PostMapping(FILE + "/ra-mat")
    Mono<String> launch(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        Account account = signedIn.account();
        return step(account, id, "ra-mat", page, exchange, form -> {
            LocalDate day;
            try {
                String typed = form.getFirst("day");
                day = typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRecognitionRequestException("Ngày ra mắt không hợp lệ; hãy chọn ngày trên lịch.");
            }
            registrations.launch(account, id, day, form.getFirst("note"));
        });
    }

    @PostMapping(FILE + "/tu-danh-gia")
    Mono<String> selfAssess(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        Account account = signedIn.account();
        return step(account, id, "tu-danh-gia", page, exchange, form -> {
            Registration registration = registrations.get(id);
            List<CriterionScore> scores = new ArrayList<>();
            for (Criterion criterion : evaluations.criteriaFor(registration).criteria()) {
                scores.add(new CriterionScore(
                        criterion.code(),
                        score(form.getFirst("score-" + criterion.code()), criterion),
                        blankToNull(form.getFirst("note-" + criterion.code()))));
            }
            List<Evidence> evidence = new ArrayList<>();
            for (String record : form.getOrDefault("evidence", List.of())) {
                evidence.add(new Evidence(
                        blankToNull(form.getFirst("evidence-criterion-" + record)),
                        recordId(record),
                        blankToNull(form.getFirst("evidence-note-" + record))));
            }
            selfAssessments.submit(account, id, scores, evidence, form.getFirst("summary"));
        });
    }

    private interface FormStep {
        void apply(MultiValueMap<String, String> form);
    }

    /** A step taken shows the file again with what changed; one refused shows it with the reason and what was typed. */
    private Mono<String> step(
            Account account, UUID id, String outcome, Model page, ServerWebExchange exchange, FormStep step) {
        return exchange.getFormData()
                .flatMap(form -> scheduler
                        .run(() -> {
                            step.apply(form);
                            return "redirect:" + file(id) + "?xong=" + outcome;
                        })
                        .onErrorResume(InvalidRecognitionRequestException.class, e -> {
                            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                            return show(account, id, e.getMessage(), form, page, exchange);
                        })
                        .onErrorResume(StepRefusedException.class, e -> {
                            exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                            return show(account, id, e.getMessage(), form, page, exchange);
                        })
                        .onErrorResume(
                                RecognitionNotPermittedException.class,
                                e -> RecognitionPages.refused(e, page, exchange))
                        .onErrorResume(
                                RecognitionNotFoundException.class, e -> RecognitionPages.notFound(e, page, exchange)));
    }

    private Mono<String> show(
            Account account,
            UUID id,
            String error,
            MultiValueMap<String, String> typed,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("error", error);
        page.addAttribute("typed", typed);
        return scheduler
                .run(() -> {
                    Registration registration = registrations.get(id);
                    page.addAttribute("registration", registration);
                    page.addAttribute("ownUnit", Objects.equals(account.unitId(), registration.unitId()));
                    page.addAttribute("campaign", campaigns.get(registration.campaignId()));
                    page.addAttribute("criteria", evaluations.criteriaFor(registration));
                    page.addAttribute("evaluations", evaluations.current(registration));
                    page.addAttribute("decisions", decisions.of(id));
                    page.addAttribute("trail", audit.ofRegistration(id));
                    Optional<ModelView> model = models.find(registration.modelId());
                    page.addAttribute(
                            "records",
                            model.map(found -> EvidenceChoices.of(found, updates.timeline(found.id())))
                                    .orElse(List.of()));
                    page.addAttribute(
                            "slug",
                            model.filter(ModelView::isPublished)
                                    .map(ModelView::slug)
                                    .orElse(null));
                    return "contributor-registration";
                })
                .onErrorResume(RecognitionNotFoundException.class, e -> RecognitionPages.notFound(e, page, exchange));
    }

    private static Integer score(String value, Criterion criterion) {
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRecognitionRequestException("Điểm tự chấm của tiêu chí " + criterion.code() + " (“"
                    + criterion.text() + "”) phải là số nguyên từ 0 đến 10.");
        }
    }

    /** A mangled record id is no record of the model, which the self-assessment refuses by name. */
    private static UUID recordId(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
