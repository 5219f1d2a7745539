package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.ratings.UnitRatings;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;

/**
 * A decision reaches what the public and the press use: the badge on the model's page, the map's list and the search
 * API filtered by recognition level and year, and not the filter of a level that did not recognise it.
 */
class RecognitionBadgeIntegrationTests extends DemoSiteIntegrationTest {

    @Autowired
    ModelWrites writes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Registrations registrations;

    @Autowired
    SelfAssessments selfAssessments;

    @Autowired
    Evaluations evaluations;

    @Autowired
    UnitRatings ratings;

    @Autowired
    Decisions decisions;

    @Test
    void aRecognisedModelShowsItsBadgeAndIsFoundByTheRecognitionFilter() throws Exception {
        RecognitionJourney journey = new RecognitionJourney(this, accounts, writes);
        ModelView model = journey.model("Lớp học tiếng Anh tối thứ Năm");
        String id = model.id().toString();
        // Before the decision the model is published and searchable, but no recognition filter finds it.
        awaitSearch("q=" + journey.tag, found -> found.contains(id));
        assertThat(searchIds("q=" + journey.tag + "&recognition=grassroots")).doesNotContain(id);

        journey.recognised(
                model,
                RecognitionJourney.plan(campaigns, RecognitionJourney.CITY_PLAN),
                registrations,
                selfAssessments,
                evaluations,
                ratings,
                decisions);

        String page = client().get()
                .uri("/mo-hinh/" + model.slug())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(page).contains("Điển hình cấp cơ sở 2026").contains("Quyết định 21-QĐ/ĐU");

        awaitSearch("q=" + journey.tag + "&recognition=grassroots&recognitionYear=2026", found -> found.contains(id));
        assertThat(searchIds("q=" + journey.tag + "&recognition=provincial")).doesNotContain(id);
        assertThat(searchIds("q=" + journey.tag + "&recognition=none")).doesNotContain(id);

        assertThat(mapListIds("recognition=grassroots&recognitionYear=2026")).contains(id);
        assertThat(mapListIds("recognition=central")).doesNotContain(id);
        assertThat(mapListIds("recognition=grassroots&recognitionYear=2025")).doesNotContain(id);
    }

    /** The index follows the catalog through the outbox, so the search is asked until it agrees or time runs out. */
    private void awaitSearch(String query, Predicate<List<String>> agreed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> found = searchIds(query);
        while (!agreed.test(found)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/api/search/models?" + query + " still finds " + found);
            }
            Thread.sleep(250);
            found = searchIds(query);
        }
    }

    private List<String> searchIds(String query) {
        Map<?, ?> body = client().get()
                .uri("/api/search/models?" + query)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ids(body);
    }

    /** Every page of the map's list for the ward, as the list beside the map pages through it. */
    private List<String> mapListIds(String filter) {
        List<String> ids = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            Map<?, ?> body = client().get()
                    .uri("/api/map/models?commune=27154&" + filter + "&page=" + page)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody();
            pages = ((Number) body.get("pages")).intValue();
            ids.addAll(ids(body));
        }
        return ids;
    }

    private static List<String> ids(Map<?, ?> body) {
        return ((List<?>) body.get("models"))
                .stream().map(model -> (String) ((Map<?, ?>) model).get("id")).toList();
    }
}
