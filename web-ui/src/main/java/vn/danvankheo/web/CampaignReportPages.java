package vn.danvankheo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.reports.CampaignProgress;
import vn.danvankheo.recognition.reports.CampaignReports;

/**
 * A campaign's six-month and annual report as a page: the targets, the figures unit by unit and place by place, and
 * annex 02 to download for the whole campaign or one unit, as the units send it up.
 */
@Controller
class CampaignReportPages {

    static final String REPORT = RecognitionPages.COMMITTEE + "/dot/{id}/bao-cao";
    static final String SIX_MONTHS = "6-thang";

    private final RecognitionScheduler scheduler;
    private final CampaignReports reports;
    private final Clock clock;

    CampaignReportPages(RecognitionScheduler scheduler, CampaignReports reports, Clock clock) {
        this.scheduler = scheduler;
        this.reports = reports;
        this.clock = clock;
    }

    /** {@code ?ky=6-thang} for the first six months; the annual report otherwise. */
    @GetMapping(REPORT)
    Mono<String> report(
            @PathVariable UUID id,
            @RequestParam(name = "ky", required = false) String period,
            Model page,
            ServerWebExchange exchange) {
        boolean sixMonths = SIX_MONTHS.equals(period);
        page.addAttribute("sixMonths", sixMonths);
        return scheduler
                .run(() -> {
                    CampaignProgress progress = reports.progress(id);
                    LocalDate due = sixMonths
                            ? progress.campaign().deadlines().sixMonthReport()
                            : progress.campaign().deadlines().annualReport();
                    page.addAttribute("progress", progress);
                    page.addAttribute("campaign", progress.campaign());
                    page.addAttribute("units", progress.unitFigures());
                    page.addAttribute("due", due);
                    page.addAttribute("overdue", LocalDate.now(clock).isAfter(due));
                    return "committee-report";
                })
                .onErrorResume(RecognitionNotFoundException.class, e -> RecognitionPages.notFound(e, page, exchange));
    }
}
