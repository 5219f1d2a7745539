package vn.danvankheo.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import vn.danvankheo.catalog.UploadedMedia;

/**
 * Scans places and the catalog too: search is tested against the real catalog and its outbox, not a stand-in; and the
 * shared jobs, whose lock the index heal takes.
 */
@SpringBootApplication(
        scanBasePackages = {
            "vn.danvankheo.places",
            "vn.danvankheo.accounts",
            "vn.danvankheo.catalog",
            "vn.danvankheo.jobs",
            "vn.danvankheo.search"
        })
@EnableScheduling
class SearchTestApplication {

    /** Who may ask is web-ui's rule; here search's endpoints are tested for what they answer. */
    @Bean
    SecurityWebFilterChain everyoneMayAsk(ServerHttpSecurity http) {
        return http.authorizeExchange(exchange -> exchange.anyExchange().permitAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build();
    }

    /** Search needs no media library; without one nothing is anyone's upload. */
    @Bean
    UploadedMedia noMediaLibrary() {
        return (mediaId, accountId) -> false;
    }
}
