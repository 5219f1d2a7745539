package vn.danvankheo.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/** What stands between the network and the application: the proxy in front and the ids requests are logged under. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    /** Under this name WebFlux applies it to each request before the exchange, its session and cookies exist. */
    @Bean(WebHttpHandlerBuilder.FORWARDED_HEADER_TRANSFORMER_BEAN_NAME)
    ForwardedHeaderTransformer trustedProxyForwarding(ProxyProperties proxy) {
        return new TrustedProxyForwarding(new AddressRanges(proxy.trustedProxies()));
    }
}
