package vn.danvankheo.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
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
        "/mo-hinh/**",
        "/media/**",
        "/api/map/**",
        "/api/places/**",
        "/api/criteria/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        LOGIN_PAGE,
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info"
    };

    private static final ServerWebExchangeMatcher API = ServerWebExchangeMatchers.pathMatchers("/api/**");

    private static DelegatingServerAuthenticationEntryPoint entryPoint(EarlyRefusals refusals) {
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegatingServerAuthenticationEntryPoint.DelegateEntry(API, refusals.notSignedIn()));
        var toSignIn = new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE);
        toSignIn.setRequestCache(NoOpServerRequestCache.getInstance());
        entryPoint.setDefaultEntryPoint(toSignIn);
        return entryPoint;
    }

    private static ServerAccessDeniedHandler accessDenied(EarlyRefusals refusals) {
        var denied = new ServerWebExchangeDelegatingServerAccessDeniedHandler(
                new ServerWebExchangeDelegatingServerAccessDeniedHandler.DelegateEntry(API, refusals.denied()));
        denied.setDefaultAccessDeniedHandler(refusals.deniedOnPages());
        return denied;
    }

    @Bean
    SecurityWebFilterChain site(
            ServerHttpSecurity http,
            SiteProperties site,
            StorageProperties storage,
            SignInOutcomes outcomes,
            LoginThrottle throttle,
            ProxyProperties proxy,
            EarlyRefusals refusals) {
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
                        .pathMatchers(AdministrationPages.PAGE, AdministrationPages.PAGE + "/**")
                        .hasRole("ADMINISTRATOR")
                        .pathMatchers(
                                ACCOUNT_PAGE,
                                ACCOUNT_PAGE + "/mat-khau",
                                UPLOAD_PAGE,
                                ImportPages.IMPORT_PAGE,
                                ModerationPages.QUEUE,
                                ModerationPages.QUEUE + "/**",
                                UnitPages.UNIT_MODELS,
                                UnitPages.UNIT_MODELS + "/**",
                                "/api/models/**",
                                "/api/uploads/**",
                                "/api/imports/**")
                        .authenticated()
                        .anyExchange()
                        .denyAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .authenticationSuccessHandler(outcomes)
                        .authenticationFailureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessHandler(loggedOut))
                // A JSON client must learn that it is not signed in, not follow a redirect to an HTML page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(refusals))
                        .accessDeniedHandler(accessDenied(refusals)))
                // Nothing is kept for an anonymous visitor (here and in the entry point): a saved request would make
                // every stranger at a protected page a server-side session. Signing in leads to the account page.
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .addFilterAt(
                        new OperatorEndpoints(new AddressRanges(proxy.operatorAddresses())),
                        SecurityWebFiltersOrder.FIRST)
                .addFilterBefore(new SignInThrottleFilter(throttle), SecurityWebFiltersOrder.FORM_LOGIN)
                .csrf(csrf -> csrf.csrfTokenRepository(new CsrfCookies())
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(accessDenied(refusals)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(site.contentSecurityPolicy(storage.publicOrigin())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }
}
