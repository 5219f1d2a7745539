package vn.danvankheo.catalog;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = {"vn.danvankheo.places", "vn.danvankheo.accounts", "vn.danvankheo.catalog"})
@EnableScheduling
class CatalogTestApplication {

    /** A catalog on its own has no media library, so nothing in it is anyone's upload. */
    @Bean
    UploadedMedia noMediaLibrary() {
        return (mediaId, accountId) -> false;
    }
}
