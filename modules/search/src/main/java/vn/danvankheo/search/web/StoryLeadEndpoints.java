package vn.danvankheo.search.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.search.StoryLeads;

/** Story leads for the press, as JSON. */
@RestController
class StoryLeadEndpoints {

    private final StoryLeads leads;

    StoryLeadEndpoints(StoryLeads leads) {
        this.leads = leads;
    }

    @GetMapping("/api/search/leads")
    Mono<StoryLeads.Leads> leads() {
        return leads.now();
    }
}
