package vn.danvankheo.recognition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.danvankheo.catalog.UploadedMedia;

@SpringBootApplication(
        scanBasePackages = {
            "vn.danvankheo.places",
            "vn.danvankheo.accounts",
            "vn.danvankheo.catalog",
            "vn.danvankheo.recognition"
        })
class RecognitionTestApplication {

    /** 1 March 2026: after the plan's registration deadline of 30 January, before every other date of the year. */
    static final Instant TODAY = Instant.parse("2026-03-01T03:00:00Z");

    @Bean
    @Primary
    Clock firstOfMarch2026() {
        return Clock.fixed(TODAY, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** Without the media library nothing is anyone's upload; these tests use no photos of their own. */
    @Bean
    UploadedMedia noMediaLibrary() {
        return (mediaId, accountId) -> false;
    }
}
