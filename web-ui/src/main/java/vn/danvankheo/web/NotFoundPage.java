package vn.danvankheo.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The answer for an address no page has: a Vietnamese 404, rather than the sign-in page or a bare 403, since
 * security refuses unlisted addresses before any handler could say that nothing is there.
 */
final class NotFoundPage implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final byte[] vietnamese = read("pages/not-found.html");
    private final byte[] english = read("pages/not-found-en.html");

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        return write(exchange);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return write(exchange);
    }

    private Mono<Void> write(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.NOT_FOUND);
        response.getHeaders()
                .setContentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
        var locale = exchange.getLocaleContext().getLocale();
        byte[] html = locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
        return response.writeWith(Mono.just(response.bufferFactory().wrap(html)));
    }
}
