package vn.danvankheo.bench;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The least a WebFlux handler can do in this application: a constant JSON body and a constant page, behind the same
 * security filters as the public API (under a path it lets through). What the project's cheapest answers cost above
 * these is the project's own overhead.
 */
@TestConfiguration
class BareHandler {

    static final String JSON = "/api/criteria/bare";
    static final String PAGE = "/api/criteria/bare-page";

    @Bean
    RouterFunction<ServerResponse> bareHandlers() {
        return route().GET(
                        JSON,
                        request -> ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(List.of(Map.of("level", "GRASSROOTS", "year", 2026))))
                .GET(
                        PAGE,
                        request -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .bodyValue(
                                        "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Trang trống</title>"
                                                + "<p>Trang trống</p></html>"))
                .build();
    }
}
