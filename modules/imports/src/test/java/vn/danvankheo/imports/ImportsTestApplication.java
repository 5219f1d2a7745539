package vn.danvankheo.imports;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(
        scanBasePackages = {
            "vn.danvankheo.places",
            "vn.danvankheo.accounts",
            "vn.danvankheo.catalog",
            "vn.danvankheo.imports"
        })
class ImportsTestApplication {}
