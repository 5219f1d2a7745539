package vn.danvankheo.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.recognition.RecognitionScheduler;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.campaigns.NewCampaign;

/** Opens the demo's campaigns (the plan of seed 000) through the same rules a committee's campaign passes. */
@Component
class DemoCampaignLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaignLoader.class);

    private final DemoProperties properties;
    private final Campaigns campaigns;
    private final RecognitionScheduler scheduler;
    private final JsonMapper json;

    DemoCampaignLoader(
            DemoProperties properties, Campaigns campaigns, RecognitionScheduler scheduler, JsonMapper json) {
        this.properties = properties;
        this.campaigns = campaigns;
        this.scheduler = scheduler;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        Path file = properties.directory().resolve("campaigns.json");
        if (!properties.enabled() || !Files.isRegularFile(file)) {
            return;
        }
        scheduler
                .run(() -> {
                    List<NewCampaign> given = json.readValue(file.toFile(), new TypeReference<List<NewCampaign>>() {});
                    given.forEach(campaigns::openFromData);
                    return given.size();
                })
                .subscribe(
                        count -> log.info("Demo campaigns ready: {} from {}", count, file.toAbsolutePath()),
                        failure -> log.warn("Demo campaigns not loaded: {}", failure.toString()));
    }
}
