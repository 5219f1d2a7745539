package vn.danvankheo.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.recognition.campaigns.Campaigns;

/**
 * Opens the demo's campaigns (the plans of seed 000) through the same rules a committee's campaign passes. Runs after
 * the demo units are recorded, because a campaign's organiser and subordinate units are those units. Blocking: the
 * demo loader calls it from its own worker.
 */
@Component
class DemoCampaigns {

    private final Campaigns campaigns;
    private final JsonMapper json;

    DemoCampaigns(Campaigns campaigns, JsonMapper json) {
        this.campaigns = campaigns;
        this.json = json;
    }

    /** @param units the demo units by their key in units.json */
    int open(Path directory, Map<String, UUID> units) {
        Path file = directory.resolve("campaigns.json");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<DemoCampaign> given = json.readValue(file.toFile(), new TypeReference<List<DemoCampaign>>() {});
        given.forEach(campaign -> campaigns.openFromData(campaign.toNewCampaign(units)));
        return given.size();
    }
}
