package vn.danvankheo.recognition.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.AuditTrail.AuditEntry;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.campaigns.NewCampaign;
import vn.danvankheo.recognition.honours.HonourEvent;
import vn.danvankheo.recognition.honours.HonourEvents;
import vn.danvankheo.recognition.honours.NewHonourEvent;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Evaluations.EvaluationView;
import vn.danvankheo.recognition.registrations.Evidence;
import vn.danvankheo.recognition.registrations.NewRegistration;
import vn.danvankheo.recognition.registrations.Nominations;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;
import vn.danvankheo.recognition.reports.AnnexWorkbooks;
import vn.danvankheo.recognition.reports.CampaignProgress;
import vn.danvankheo.recognition.reports.CampaignReports;

/**
 * The recognition workflow as JSON for signed-in accounts. Every step is checked by its service (role, level,
 * locality, state, deadline); refusals come back as problem details in Vietnamese.
 */
@RestController
@RequestMapping("/api/recognition")
class RecognitionEndpoints {

    private final RecognitionScheduler scheduler;
    private final Campaigns campaigns;
    private final Registrations registrations;
    private final SelfAssessments selfAssessments;
    private final Evaluations evaluations;
    private final Decisions decisions;
    private final Nominations nominations;
    private final UnitRatings ratings;
    private final HonourEvents honours;
    private final AuditTrail audit;
    private final CampaignReports reports;
    private final AnnexWorkbooks annexes;

    RecognitionEndpoints(
            RecognitionScheduler scheduler,
            Campaigns campaigns,
            Registrations registrations,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            Decisions decisions,
            Nominations nominations,
            UnitRatings ratings,
            HonourEvents honours,
            AuditTrail audit,
            CampaignReports reports,
            AnnexWorkbooks annexes) {
        this.scheduler = scheduler;
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.decisions = decisions;
        this.nominations = nominations;
        this.ratings = ratings;
        this.honours = honours;
        this.audit = audit;
        this.reports = reports;
        this.annexes = annexes;
    }

    @GetMapping("/campaigns")
    Mono<List<Campaign>> campaigns() {
        return scheduler.run(campaigns::all);
    }

    @PostMapping("/campaigns")
    Mono<ResponseEntity<Campaign>> open(
            @AuthenticationPrincipal AccountPrincipal signedIn, @RequestBody NewCampaign campaign) {
        return scheduler
                .run(() -> campaigns.open(signedIn.account(), campaign))
                .map(opened -> ResponseEntity.created(URI.create("/api/recognition/campaigns/" + opened.id()))
                        .body(opened));
    }

    @GetMapping("/campaigns/{id}")
    Mono<Campaign> campaign(@PathVariable UUID id) {
        return scheduler.run(() -> campaigns.get(id));
    }

    @GetMapping("/campaigns/{id}/registrations")
    Mono<List<Registration>> registrationsOf(@PathVariable UUID id) {
        return scheduler.run(() -> {
            campaigns.get(id);
            return registrations.ofCampaign(id);
        });
    }

    @GetMapping("/campaigns/{id}/progress")
    Mono<CampaignProgress> progress(@PathVariable UUID id) {
        return scheduler.run(() -> reports.progress(id));
    }

    /** Annex 01, the registration summary; {@code ?unit=} for one subordinate unit's own. */
    @GetMapping("/campaigns/{id}/annex-01.xlsx")
    Mono<ResponseEntity<byte[]>> annex01(@PathVariable UUID id, @RequestParam(required = false) UUID unit) {
        return scheduler
                .run(() -> annexes.annex01(reports.progress(id), unit))
                .map(xlsx -> spreadsheet(xlsx, "phu-luc-01.xlsx"));
    }

    /** Annex 02, the results report: yearly, or {@code ?ky=6-thang} for the first six months. */
    @GetMapping("/campaigns/{id}/annex-02.xlsx")
    Mono<ResponseEntity<byte[]>> annex02(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID unit,
            @RequestParam(name = "ky", required = false) String period) {
        boolean sixMonths = "6-thang".equals(period);
        return scheduler
                .run(() -> annexes.annex02(reports.progress(id), unit, sixMonths))
                .map(xlsx -> spreadsheet(xlsx, sixMonths ? "phu-luc-02-6-thang.xlsx" : "phu-luc-02.xlsx"));
    }

    private static ResponseEntity<byte[]> spreadsheet(byte[] xlsx, String fileName) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(xlsx);
    }

    @PostMapping("/registrations")
    Mono<ResponseEntity<Registration>> register(
            @AuthenticationPrincipal AccountPrincipal signedIn, @RequestBody NewRegistration registration) {
        return scheduler
                .run(() -> registrations.register(signedIn.account(), registration))
                .map(created -> ResponseEntity.created(URI.create("/api/recognition/registrations/" + created.id()))
                        .body(created));
    }

    /** The registration with everything said about it: the current evaluations, the decisions, the trail. */
    @GetMapping("/registrations/{id}")
    Mono<RegistrationFile> registration(@PathVariable UUID id) {
        return scheduler.run(() -> {
            Registration registration = registrations.get(id);
            return new RegistrationFile(
                    registration, evaluations.current(registration), decisions.of(id), audit.ofRegistration(id));
        });
    }

    record RegistrationFile(
            Registration registration,
            List<EvaluationView> evaluations,
            List<Decision> decisions,
            List<AuditEntry> trail) {}

    @PostMapping("/registrations/{id}/launch")
    Mono<Registration> launch(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody LaunchRequest launch) {
        return scheduler.run(() -> registrations.launch(signedIn.account(), id, launch.day(), launch.note()));
    }

    record LaunchRequest(LocalDate day, String note) {}

    @PostMapping("/registrations/{id}/self-assessment")
    Mono<Registration> selfAssess(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody SelfAssessmentRequest assessment) {
        return scheduler.run(() -> selfAssessments.submit(
                signedIn.account(), id, assessment.scores(), assessment.evidence(), assessment.summary()));
    }

    record SelfAssessmentRequest(List<CriterionScore> scores, List<Evidence> evidence, String summary) {}

    @PostMapping("/registrations/{id}/evaluations")
    Mono<Registration> evaluate(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody EvaluationRequest evaluation) {
        return scheduler.run(
                () -> evaluations.evaluate(signedIn.account(), id, evaluation.scores(), evaluation.comment()));
    }

    record EvaluationRequest(List<CriterionScore> scores, String comment) {}

    @PostMapping("/registrations/{id}/send-back")
    Mono<Registration> sendBack(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody SendBackRequest sendBack) {
        return scheduler.run(() -> evaluations.sendBack(signedIn.account(), id, sendBack.reasons()));
    }

    record SendBackRequest(String reasons) {}

    @PostMapping("/registrations/{id}/decision")
    Mono<Registration> decide(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @RequestBody DecisionRequest decision) {
        if (decision.recognised() == null) {
            return Mono.error(new InvalidRecognitionRequestException(
                    "Thiếu recognised: true (công nhận điển hình) hoặc false (không công nhận)."));
        }
        return scheduler.run(() -> decisions.decide(
                signedIn.account(),
                id,
                decision.recognised(),
                decision.reasons(),
                decision.reference(),
                decision.confirmedCriteria()));
    }

    record DecisionRequest(Boolean recognised, String reasons, String reference, List<String> confirmedCriteria) {}

    @PostMapping("/registrations/{id}/nomination")
    Mono<Registration> nominate(@AuthenticationPrincipal AccountPrincipal signedIn, @PathVariable UUID id) {
        return scheduler.run(() -> nominations.nominate(signedIn.account(), id));
    }

    @GetMapping("/queue")
    Mono<List<Registration>> queue(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return scheduler.run(() -> registrations.queue(signedIn.account()));
    }

    @PostMapping("/unit-ratings")
    Mono<ResponseEntity<Void>> rate(
            @AuthenticationPrincipal AccountPrincipal signedIn, @RequestBody RatingRequest rating) {
        if (rating.year() == null) {
            return Mono.error(new InvalidRecognitionRequestException("Thiếu năm được xếp loại."));
        }
        return scheduler
                .run(() -> {
                    ratings.rate(signedIn.account(), rating.unitId(), rating.year(), rating.rating());
                    return true;
                })
                .thenReturn(ResponseEntity.noContent().build());
    }

    record RatingRequest(UUID unitId, Integer year, String rating) {}

    @GetMapping("/honours")
    Mono<List<HonourEvent>> honours() {
        return scheduler.run(honours::all);
    }

    @PostMapping("/honours")
    Mono<ResponseEntity<HonourEvent>> hold(
            @AuthenticationPrincipal AccountPrincipal signedIn, @RequestBody NewHonourEvent event) {
        return scheduler
                .run(() -> honours.hold(signedIn.account(), event))
                .map(held -> ResponseEntity.created(URI.create("/api/recognition/honours/" + held.id()))
                        .body(held));
    }
}
