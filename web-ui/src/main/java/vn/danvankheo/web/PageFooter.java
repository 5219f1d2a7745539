package vn.danvankheo.web;

import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the frame of every page shows, whichever controller rendered it: the language switch and the footer. Pages are
 * web-ui's controllers, in this package; the capabilities' JSON endpoints live in their own packages and are left
 * alone, as a {@code @RestController} would not be (it is a {@code @Controller} too): the map's clusters paid for
 * building this link on every request.
 */
@ControllerAdvice(basePackageClasses = PageFooter.class)
class PageFooter {

    private final SiteProperties site;

    PageFooter(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("contactEmail")
    String contactEmail() {
        return site.contactEmail();
    }

    /** The same address in the other language; the choice then sticks through a cookie. */
    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        String other = locale != null && "en".equals(locale.getLanguage()) ? "vi" : "en";
        return UriComponentsBuilder.fromPath(exchange.getRequest().getPath().value())
                .query(exchange.getRequest().getURI().getRawQuery())
                .replaceQueryParam(LanguageChoice.COOKIE, other)
                .build()
                .toUriString();
    }
}
