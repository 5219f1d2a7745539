package vn.danvankheo.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.authorization.ServerWebExchangeDelegatingServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
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

    private static final String[] PUBLIC_READS = {
        "/",
        MapPages.MAP,
        HomePage.PLACE_SEARCH,
        "/mo-hinh/*",
        "/mo-hinh/*/nhan-rong",
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
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        LOGIN_PAGE,
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info"
    };

    /** Pages and APIs that exist but need an account: asked anonymously, they lead to signing in. */
    private static final String[] SIGNED_IN = {
        ACCOUNT_PAGE,
        ACCOUNT_PAGE + "/mat-khau",
        UPLOAD_PAGE,
        ImportPages.IMPORT_PAGE,
        ModerationPages.QUEUE,
        ModerationPages.QUEUE + "/**",
        UnitPages.UNIT_MODELS,
        UnitPages.UNIT_MODELS + "/**",
        ContributorRecognitionPages.MOVEMENT,
        ContributorRecognitionPages.MOVEMENT + "/**",
        "/api/models/**",
        "/api/press-contacts/**",
        "/api/uploads/**",
        "/api/imports/**",
        "/api/recognition/**",
        RecognitionPages.COMMITTEE,
        RecognitionPages.COMMITTEE + "/**",
        PressContactPages.PAGE,
        PressContactPages.PAGE + "/**",
        "/mo-hinh/*/lien-he-bao-chi"
    };

    /** Pages and APIs for administrators only. */
    private static final String[] ADMINISTRATION = {
        AdministrationPages.PAGE, AdministrationPages.PAGE + "/**", "/api/admin/**"
    };

    private static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**");

    /**
     * A JSON client learns that it is not signed in (a problem detail); a person asking for a page that needs an
     * account signs in, with nothing saved for them; an address that is neither is a page that does not exist.
     */
    private static DelegatingServerAuthenticationEntryPoint entryPoint(EarlyRefusals refusals, NotFoundPage notFound) {
        var toSignIn = new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE);
        toSignIn.setRequestCache(NoOpServerRequestCache.getInstance());
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(API, refusals.notSignedIn()),
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                        ServerWebExchangeMatchers.pathMatchers(SIGNED_IN), toSignIn),
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                        ServerWebExchangeMatchers.pathMatchers(ADMINISTRATION), toSignIn));
        entryPoint.setDefaultEntryPoint(notFound);
        return entryPoint;
    }

    /** A refused form or JSON write (CSRF): a problem detail for the API, a Vietnamese page for people. */
    private static ServerAccessDeniedHandler refused(EarlyRefusals refusals) {
        var denied = new ServerWebExchangeDelegatingServerAccessDeniedHandler(
                new ServerWebExchangeDelegatingServerAccessDeniedHandler.DelegateEntry(API, refusals.denied()));
        denied.setDefaultAccessDeniedHandler(refusals.deniedOnPages());
        return denied;
    }

    /** As {@link #refused}, except that a signed-in person at an address no page has is told it does not exist. */
    private static ServerAccessDeniedHandler accessDenied(EarlyRefusals refusals, NotFoundPage notFound) {
        var denied = new ServerWebExchangeDelegatingServerAccessDeniedHandler(
                new ServerWebExchangeDelegatingServerAccessDeniedHandler.DelegateEntry(API, refusals.denied()),
                new ServerWebExchangeDelegatingServerAccessDeniedHandler.DelegateEntry(
                        ServerWebExchangeMatchers.pathMatchers(ADMINISTRATION), refusals.deniedOnPages()));
        denied.setDefaultAccessDeniedHandler(notFound);
        return denied;
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

    /**
     * With an observation registry present, Spring Security wraps its filter chains and each authorization in
     * observations of their own, on every request: a seventh of the web threads' samples for the map's clusters in a
     * JFR profile (ADR 30). Requests stay timed as a whole by Spring's {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityWebFilterChain site(
            ServerHttpSecurity http,
            SiteProperties site,
            StorageProperties storage,
            SignInOutcomes outcomes,
            LoginThrottle throttle,
            ProxyProperties proxy,
            EarlyRefusals refusals) {
        var notFound = new NotFoundPage();
        var loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?thoat"));
        return http.authorizeExchange(exchange -> exchange.pathMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        // Uptime and link checkers ask with HEAD; WebFlux answers it from the GET handler.
                        .pathMatchers(HttpMethod.HEAD, PUBLIC_READS)
                        .permitAll()
                        // OperatorEndpoints has already answered 404 to anyone else.
                        .pathMatchers(HttpMethod.GET, OperatorEndpoints.METRICS)
                        .permitAll()
                        .pathMatchers(PasswordLinkPages.PAGE + "/*", PasswordPages.FORGOTTEN)
                        .permitAll()
                        .pathMatchers(ADMINISTRATION)
                        .hasRole("ADMINISTRATOR")
                        .pathMatchers(SIGNED_IN)
                        .authenticated()
                        .anyExchange()
                        .denyAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .authenticationSuccessHandler(outcomes)
                        .authenticationFailureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessHandler(loggedOut))
                // A JSON client must learn that it is not signed in, not follow a redirect to an HTML page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(refusals, notFound))
                        .accessDeniedHandler(accessDenied(refusals, notFound)))
                // Nothing is kept for an anonymous visitor (here and in the entry point): a saved request would make
                // every stranger at a protected page a server-side session. Signing in leads to the account page.
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .addFilterAt(
                        new OperatorEndpoints(new AddressRanges(proxy.operatorAddresses())),
                        SecurityWebFiltersOrder.FIRST)
                .addFilterBefore(new SignInThrottleFilter(throttle), SecurityWebFiltersOrder.FORM_LOGIN)
                .csrf(csrf -> csrf.csrfTokenRepository(new CsrfCookies())
                        .csrfTokenRequestHandler(pageAndScriptTokens())
                        .accessDeniedHandler(refused(refusals)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(site.contentSecurityPolicy(storage.publicOrigin())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /**
     * The token from a header (scripts), a form field, or a field of a multipart form: the unit spreadsheet is a
     * plain file form, so it works without scripts like every other page.
     */
    private static ServerCsrfTokenRequestAttributeHandler pageAndScriptTokens() {
        ServerCsrfTokenRequestAttributeHandler handler = new ServerCsrfTokenRequestAttributeHandler();
        handler.setTokenFromMultipartDataEnabled(true);
        return handler;
    }
}
