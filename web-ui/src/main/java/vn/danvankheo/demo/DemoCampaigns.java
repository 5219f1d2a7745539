package vn.danvankheo.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.registrations.CriterionScore;
import vn.danvankheo.recognition.registrations.Evaluations;
import vn.danvankheo.recognition.registrations.Evidence;
import vn.danvankheo.recognition.registrations.NewRegistration;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;
import vn.danvankheo.recognition.registrations.SelfAssessments;

/**
 * Opens the demo's campaigns (the plans of seed 000) through the same rules a committee's campaign passes, and walks
 * their demo registrations up to self-assessment as the demo contributor, so a demo committee member has a file to
 * score. Runs after the demo units, models and accounts, which these refer to. Blocking: the demo loader calls it from
 * its own worker.
 */
@Component
class DemoCampaigns {

    static final String CONTRIBUTOR = "demo-ctv";

    private final Campaigns campaigns;
    private final Registrations registrations;
    private final SelfAssessments selfAssessments;
    private final Evaluations evaluations;
    private final ModelCatalog catalog;
    private final AccountDirectory accounts;
    private final JsonMapper json;

    DemoCampaigns(
            Campaigns campaigns,
            Registrations registrations,
            SelfAssessments selfAssessments,
            Evaluations evaluations,
            ModelCatalog catalog,
            AccountDirectory accounts,
            JsonMapper json) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.catalog = catalog;
        this.accounts = accounts;
        this.json = json;
    }

    /** @param units the demo units by their key in units.json */
    int open(Path directory, Map<String, UUID> units) {
        Path file = directory.resolve("campaigns.json");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<DemoCampaign> given = json.readValue(file.toFile(), new TypeReference<List<DemoCampaign>>() {});
        // Without the demo sign-ins nobody could act on a demo registration, so none is made.
        Optional<Account> contributor = accounts.find(CONTRIBUTOR);
        for (DemoCampaign demo : given) {
            Campaign campaign = campaigns.openFromData(demo.toNewCampaign(units));
            contributor.ifPresent(account -> demo.registrations().forEach(entry -> enter(campaign, entry, account)));
        }
        return given.size();
    }

    private void enter(Campaign campaign, DemoRegistration entry, Account contributor) {
        ModelView model = catalog.findPublishedBySlug(entry.model())
                .orElseThrow(() -> new IllegalStateException(
                        "campaigns.json names model \"" + entry.model() + "\", not published from models.json"));
        boolean entered = registrations.ofCampaign(campaign.id()).stream()
                .anyMatch(registration -> registration.modelId().equals(model.id()));
        if (entered) {
            return;
        }
        Registration registration = registrations.register(
                contributor, new NewRegistration(campaign.id(), model.id(), "NEW", null, entry.targets(), false));
        registrations.launch(contributor, registration.id(), entry.launchedOn(), entry.launchNote());
        List<CriterionScore> scores = evaluations.criteriaFor(registration).criteria().stream()
                .map(criterion -> new CriterionScore(criterion.code(), entry.selfScore(), null))
                .toList();
        List<Evidence> evidence = model.photos().stream()
                .limit(1)
                .map(photo -> new Evidence(null, photo.mediaId(), photo.caption()))
                .toList();
        selfAssessments.submit(contributor, registration.id(), scores, evidence, entry.summary());
    }
}
