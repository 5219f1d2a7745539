package vn.danvankheo.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import vn.danvankheo.accounts.LoginThrottle;
import vn.danvankheo.media.StorageProperties;

/**
 * The public reads pages, published models, their media and the open APIs; signing in is a CSRF-protected form,
 * throttled before the password is even checked. Everything not listed is refused rather than left unguarded:
 * contributors' and committees' pages open here as they are built.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/dang-nhap";
    static final String ACCOUNT_PAGE = "/tai-khoan";
    static final String UPLOAD_PAGE = "/tai-len";

    /** Pages and APIs that exist but need an account: asked anonymously, they lead to signing in. */
    private static final String[] SIGNED_IN = {
        ACCOUNT_PAGE,
        UPLOAD_PAGE,
        ImportPages.IMPORT_PAGE,
        ModerationPages.QUEUE,
        ModerationPages.QUEUE + "/**",
        UnitPages.UNIT_MODELS,
        UnitPages.UNIT_MODELS + "/**",
        "/api/models/**",
        "/api/uploads/**",
        "/api/imports/**"
    };

    /**
     * A JSON client learns that it is not signed in; a person asking for a page that needs an account signs in; an
     * address that is neither is a page that does not exist.
     */
    private static DelegatingServerAuthenticationEntryPoint entryPoint(NotFoundPage notFound) {
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                        ServerWebExchangeMatchers.pathMatchers("/api/**"),
                        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)),
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                        ServerWebExchangeMatchers.pathMatchers(SIGNED_IN),
                        new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE)));
        entryPoint.setDefaultEntryPoint(notFound);
        return entryPoint;
    }

    /**
     * The embed page alone may be framed by any site, so news sites can show the map: a chain of its own, read-only,
     * with no session to ride on, that relaxes frame-ancestors and drops X-Frame-Options for it and nothing else.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain embed(ServerHttpSecurity http, SiteProperties site, StorageProperties storage) {
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, MapPages.EMBED))
                .authorizeExchange(exchange -> exchange.anyExchange().permitAll())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .headers(headers -> headers.frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives(site.contentSecurityPolicy(storage.publicOrigin(), "*")))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain site(
            ServerHttpSecurity http,
            SiteProperties site,
            StorageProperties storage,
            SignInOutcomes outcomes,
            LoginThrottle throttle) {
        var notFound = new NotFoundPage();
        var loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?thoat"));
        return http.authorizeExchange(exchange -> exchange.pathMatchers(
                                HttpMethod.GET,
                                "/",
                                MapPages.MAP,
                                HomePage.PLACE_SEARCH,
                                "/mo-hinh/*",
                                "/robots.txt",
                                "/sitemap.xml",
                                "/sitemap-*.xml",
                                "/media/**",
                                "/api/map/**",
                                "/api/search/**",
                                "/tim-kiem",
                                "/tim-kiem/feed.atom",
                                "/feed.atom",
                                "/feed/**",
                                "/api/places/**",
                                "/api/criteria/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                LOGIN_PAGE,
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .pathMatchers(SIGNED_IN)
                        .authenticated()
                        .pathMatchers("/api/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyExchange()
                        .denyAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .authenticationSuccessHandler(outcomes)
                        .authenticationFailureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessHandler(loggedOut))
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(entryPoint(notFound)).accessDeniedHandler(notFound))
                .addFilterBefore(new SignInThrottleFilter(throttle), SecurityWebFiltersOrder.FORM_LOGIN)
                // A cookie scripts can read, sent back in X-XSRF-TOKEN by JSON clients and as a form field by pages.
                .csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(site.contentSecurityPolicy(storage.publicOrigin())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }
}
