package vn.danvankheo.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * The public may read pages, published models and their media; nothing else is open yet. Accounts and roles come
 * with the contributors' features; until then every other request is refused rather than left unguarded.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain publicSite(ServerHttpSecurity http, SiteProperties site) {
        return http.authorizeExchange(exchange -> exchange.pathMatchers(
                                HttpMethod.GET,
                                "/",
                                "/mo-hinh/**",
                                "/media/**",
                                "/api/map/**",
                                "/api/places/**",
                                "/api/criteria/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .anyExchange()
                        .denyAll())
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(site.contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }
}
