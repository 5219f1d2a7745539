package vn.danvankheo.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = {"vn.danvankheo.places", "vn.danvankheo.accounts", "vn.danvankheo.catalog"})
@EnableScheduling
class CatalogTestApplication {}
