package vn.danvankheo.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scans places and the catalog too: search is tested against the real catalog and its outbox, not a stand-in. */
@SpringBootApplication(
        scanBasePackages = {
            "vn.danvankheo.places",
            "vn.danvankheo.accounts",
            "vn.danvankheo.catalog",
            "vn.danvankheo.search"
        })
@EnableScheduling
class SearchTestApplication {}
