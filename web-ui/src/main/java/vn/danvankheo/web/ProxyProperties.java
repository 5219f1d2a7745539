package vn.danvankheo.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of the site (e.g. {@code
 *     10.0.0.0/8}); only their X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host and Forwarded headers are
 *     believed. Empty: the site faces clients directly and such headers are dropped.
 * @param operatorAddresses where metrics may be read from (after the proxy's forwarding is applied); loopback by
 *     default, so a scraper on the same host or network namespace reaches them and the public does not
 */
@ConfigurationProperties("dvk.proxy")
public record ProxyProperties(List<String> trustedProxies, List<String> operatorAddresses) {

    public ProxyProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        operatorAddresses =
                operatorAddresses == null ? List.of("127.0.0.1/32", "::1/128") : List.copyOf(operatorAddresses);
    }
}
