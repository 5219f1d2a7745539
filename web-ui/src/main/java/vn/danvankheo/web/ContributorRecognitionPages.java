package vn.danvankheo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NotPermittedException;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.registrations.IndicatorTarget;
import vn.danvankheo.recognition.registrations.NewRegistration;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;

/**
 * A contributor's side of the movement: the campaigns open to the unit, the unit's registrations and where each
 * stands, and the form that registers a model with its targets for the year. The rules are the registration's own.
 */
@Controller
class ContributorRecognitionPages {

    static final String MOVEMENT = "/don-vi/thi-dua";
    static final String REGISTER = MOVEMENT + "/dang-ky";

    private final RecognitionScheduler scheduler;
    private final Campaigns campaigns;
    private final Registrations registrations;
    private final ModelWrites writes;
    private final ModelCatalog models;
    private final Clock clock;

    ContributorRecognitionPages(
            RecognitionScheduler scheduler,
            Campaigns campaigns,
            Registrations registrations,
            ModelWrites writes,
            ModelCatalog models,
            Clock clock) {
        this.scheduler = scheduler;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.writes = writes;
        this.models = models;
        this.clock = clock;
    }

    /** {@code ?mo-hinh=} comes from a model's row in the unit's list, to register that one. */
    @GetMapping(MOVEMENT)
    Mono<String> movement(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "mo-hinh", required = false) UUID chosenModel,
            Model page,
            ServerWebExchange exchange) {
        Account account = signedIn.account();
        page.addAttribute("account", account);
        page.addAttribute("chosenModel", chosenModel);
        return writes.unitModels(account)
                .flatMap(unitModels -> scheduler.run(() -> {
                    LocalDate today = LocalDate.now(clock);
                    page.addAttribute("today", today);
                    page.addAttribute("models", unitModels);
                    page.addAttribute(
                            "campaigns",
                            campaigns.all().stream()
                                    // A year's campaign stays open all year: late registrations are its own rule.
                                    .filter(campaign -> campaign.year() >= today.getYear())
                                    .filter(campaign -> concerns(campaign, account))
                                    .toList());
                    List<Registration> own = registrations.ofUnit(account.unitId());
                    page.addAttribute("registrations", own);
                    page.addAttribute(
                            "registeredCampaigns",
                            own.stream().map(Registration::campaignId).collect(Collectors.toSet()));
                    return "contributor-movement";
                }))
                .onErrorResume(NotPermittedException.class, e -> RecognitionPages.refused(e, page, exchange));
    }

    @GetMapping(REGISTER)
    Mono<String> registrationForm(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "dot") UUID campaignId,
            @RequestParam(name = "mo-hinh") UUID modelId,
            Model page,
            ServerWebExchange exchange) {
        return form(signedIn.account(), campaignId, modelId, null, null, page, exchange);
    }

    @PostMapping(REGISTER)
    Mono<String> register(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account account = signedIn.account();
        return exchange.getFormData().flatMap(form -> {
            UUID campaignId = id(form.getFirst("campaign"));
            UUID modelId = id(form.getFirst("model"));
            return scheduler
                    .run(() -> registrations.register(
                            account,
                            new NewRegistration(
                                    campaignId,
                                    modelId,
                                    form.getFirst("kind"),
                                    id(form.getFirst("previous")),
                                    TargetRows.of(form).targets(),
                                    form.containsKey("ownerLeads"))))
                    .map(registered ->
                            "redirect:" + ContributorRegistrationPages.file(registered.id()) + "?xong=dang-ky")
                    .onErrorResume(InvalidRecognitionRequestException.class, e -> {
                        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                        return form(account, campaignId, modelId, form, e.getMessage(), page, exchange);
                    })
                    .onErrorResume(StepRefusedException.class, e -> {
                        exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
                        return form(account, campaignId, modelId, form, e.getMessage(), page, exchange);
                    })
                    .onErrorResume(
                            RecognitionNotPermittedException.class, e -> RecognitionPages.refused(e, page, exchange))
                    .onErrorResume(
                            RecognitionNotFoundException.class, e -> RecognitionPages.notFound(e, page, exchange));
        });
    }

    /** The form, fresh or as the contributor typed it, with the reason it was refused. */
    private Mono<String> form(
            Account account,
            UUID campaignId,
            UUID modelId,
            MultiValueMap<String, String> typed,
            String error,
            Model page,
            ServerWebExchange exchange) {
        page.addAttribute("error", error);
        return scheduler
                .run(() -> {
                    if (campaignId == null || modelId == null) {
                        throw new RecognitionNotFoundException("Hãy chọn đợt thi đua và mô hình để đăng ký.");
                    }
                    Campaign campaign = campaigns.get(campaignId);
                    ModelView model = models.find(modelId)
                            .filter(found -> Objects.equals(found.registeringUnitId(), account.unitId()))
                            .orElseThrow(() -> new RecognitionNotFoundException(
                                    "Đơn vị của bạn không có mô hình " + modelId + "."));
                    List<Registration> lastYear = registrations.ofModel(modelId).stream()
                            .filter(registration -> registration.year() == campaign.year() - 1)
                            .toList();
                    boolean continuing = typed == null
                            ? model.profile().yearStarted() < campaign.year()
                            : "CONTINUING".equals(typed.getFirst("kind"));
                    List<IndicatorTarget> previousTargets =
                            lastYear.isEmpty() ? List.of() : lastYear.get(0).targets();
                    page.addAttribute("campaign", campaign);
                    page.addAttribute("model", model);
                    page.addAttribute("plan", model.details().plan());
                    page.addAttribute("lastYear", lastYear);
                    page.addAttribute("continuing", continuing);
                    page.addAttribute("late", campaign.isLate(LocalDate.now(clock)));
                    page.addAttribute("ownerLeads", typed != null && typed.containsKey("ownerLeads"));
                    page.addAttribute(
                            "targets",
                            typed == null
                                    ? TargetRows.suggested(
                                            previousTargets, model.details().plan())
                                    : TargetRows.of(typed).withBlankRows());
                    return "contributor-register";
                })
                .onErrorResume(RecognitionNotFoundException.class, e -> RecognitionPages.notFound(e, page, exchange));
    }

    /**
     * A campaign concerns the unit when the unit answers to its organiser or their localities overlap: a ward's
     * plan for the ward's cells, a city's plan for every unit of the city.
     */
    private static boolean concerns(Campaign campaign, Account account) {
        if (campaign.subordinateUnits().stream().anyMatch(unit -> unit.id().equals(account.unitId()))) {
            return true;
        }
        Scope scope = account.scope();
        if (campaign.provinceCode() == null || scope.provinceCode() == null) {
            return true;
        }
        return campaign.provinceCode().equals(scope.provinceCode())
                && (campaign.communeCode() == null
                        || scope.communeCode() == null
                        || campaign.communeCode().equals(scope.communeCode()));
    }

    /** A mangled id reads as none, which the registration refuses as missing. */
    private static UUID id(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
