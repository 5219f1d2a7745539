package vn.danvankheo.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Vietnamese first, English when the visitor chose it: {@code ?lang=en} or {@code ?lang=vi} switches, and a cookie
 * keeps the choice on every later page. The browser's language is not consulted: the site speaks Vietnamese unless
 * asked otherwise.
 */
@Component("localeContextResolver")
class LanguageChoice implements LocaleContextResolver {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String COOKIE = "lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String asked = exchange.getRequest().getQueryParams().getFirst(COOKIE);
        if (isKnown(asked)) {
            exchange.getResponse()
                    .addCookie(ResponseCookie.from(COOKIE, asked)
                            .path("/")
                            .maxAge(Duration.ofDays(365))
                            .sameSite("Lax")
                            .build());
            return new SimpleLocaleContext(Locale.forLanguageTag(asked));
        }
        HttpCookie kept = exchange.getRequest().getCookies().getFirst(COOKIE);
        return new SimpleLocaleContext(
                kept != null && isKnown(kept.getValue()) ? Locale.forLanguageTag(kept.getValue()) : VIETNAMESE);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("The language is chosen with ?lang=vi or ?lang=en");
    }

    private static boolean isKnown(String language) {
        return "vi".equals(language) || "en".equals(language);
    }
}
