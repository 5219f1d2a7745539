package vn.danvankheo.web;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    private static DelegatingServerAuthenticationEntryPoint entryPoint() {
        var entryPoint =
                new DelegatingServerAuthenticationEntryPoint(new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
                        ServerWebExchangeMatchers.pathMatchers("/api/**"),
                        new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE));
        return entryPoint;
    }

    @Bean
    SecurityWebFilterChain site(
            ServerHttpSecurity http,
            SiteProperties site,
            StorageProperties storage,
            SignInOutcomes outcomes,
            LoginThrottle throttle) {
        var loggedOut = new RedirectServerLogoutSuccessHandler();
        loggedOut.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?thoat"));
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
                                LOGIN_PAGE,
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
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
                                "/api/imports/**",
                                "/api/recognition/**",
                                RecognitionPages.COMMITTEE,
                                RecognitionPages.COMMITTEE + "/**")
                        .authenticated()
                        .anyExchange()
                        .denyAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE)
                        .authenticationSuccessHandler(outcomes)
                        .authenticationFailureHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessHandler(loggedOut))
                // A JSON client must learn that it is not signed in, not follow a redirect to an HTML page.
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
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
