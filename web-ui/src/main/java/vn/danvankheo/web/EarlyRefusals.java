package vn.danvankheo.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals that happen in filters, before any controller: a JSON client (any /api/ path) gets them as RFC 9457
 * problem details like every other error of the API, a person a short Vietnamese page.
 */
@Component
class EarlyRefusals {

    private final JsonMapper json;

    EarlyRefusals(JsonMapper json) {
        this.json = json;
    }

    ServerAuthenticationEntryPoint notSignedIn() {
        return (exchange, e) ->
                problem(exchange, HttpStatus.UNAUTHORIZED, "Chưa đăng nhập", "Cần đăng nhập để dùng chức năng này.");
    }

    ServerAccessDeniedHandler denied() {
        return (exchange, e) -> problem(exchange, HttpStatus.FORBIDDEN, "Không có quyền", reason(e));
    }

    ServerAccessDeniedHandler deniedOnPages() {
        return (exchange, e) -> page(exchange, HttpStatus.FORBIDDEN, reason(e));
    }

    Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        return exchange.getRequest().getPath().value().startsWith("/api/")
                ? problem(exchange, status, title, detail)
                : page(exchange, status, detail);
    }

    private static String reason(AccessDeniedException e) {
        return e instanceof CsrfException
                ? "Phiên làm việc của biểu mẫu đã hết hạn hoặc thiếu mã bảo vệ (CSRF). Vui lòng tải lại trang rồi thử"
                        + " lại."
                : "Tài khoản không có quyền dùng chức năng này.";
    }

    private Mono<Void> problem(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        return write(exchange, status, MediaType.APPLICATION_PROBLEM_JSON, json.writeValueAsBytes(body));
    }

    private static Mono<Void> page(ServerWebExchange exchange, HttpStatus status, String message) {
        String html = "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không thực hiện được</title>"
                + "<p>" + message + "</p><p><a href=\"/\">Về trang chủ</a></p></html>";
        return write(
                exchange,
                status,
                new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8),
                html.getBytes(StandardCharsets.UTF_8));
    }

    private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, MediaType type, byte[] body) {
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(type);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
