package vn.danvankheo.imports;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.danvankheo.catalog.UploadedMedia;

@SpringBootApplication(
        scanBasePackages = {
            "vn.danvankheo.places",
            "vn.danvankheo.accounts",
            "vn.danvankheo.catalog",
            "vn.danvankheo.imports"
        })
class ImportsTestApplication {

    /** Annex 01 carries no photos; without a media library nothing is anyone's upload. */
    @Bean
    UploadedMedia noMediaLibrary() {
        return (mediaId, accountId) -> false;
    }
}
