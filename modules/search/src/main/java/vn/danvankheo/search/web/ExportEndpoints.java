package vn.danvankheo.search.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.search.ModelExports;
import vn.danvankheo.search.ModelQuery;
import vn.danvankheo.search.SearchParameters;

/**
 * Exports of a search, with the same parameters as /api/search/models and the results page; every match, not one page,
 * streamed as it is read.
 */
@RestController
class ExportEndpoints {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ModelExports exports;

    ExportEndpoints(ModelExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/search/models.csv")
    Mono<Void> csv(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> query(exchange)).flatMap(query -> {
            ServerHttpResponse response = exchange.getResponse();
            response.getHeaders().setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
            attachment(response, "csv");
            return response.writeWith(exports.csv(query, origin(exchange), response.bufferFactory()));
        });
    }

    @GetMapping("/api/search/models.geojson")
    Mono<Void> geoJson(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> query(exchange)).flatMap(query -> {
            ServerHttpResponse response = exchange.getResponse();
            response.getHeaders().setContentType(MediaType.parseMediaType("application/geo+json"));
            attachment(response, "geojson");
            return response.writeWith(exports.geoJson(query, origin(exchange), response.bufferFactory()));
        });
    }

    @GetMapping("/api/search/models.xlsx")
    Mono<Void> xlsx(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> query(exchange)).flatMap(query -> {
            ServerHttpResponse response = exchange.getResponse();
            response.getHeaders().setContentType(XLSX);
            attachment(response, "xlsx");
            return response.writeWith(exports.xlsx(query, origin(exchange), response.bufferFactory()));
        });
    }

    /** Paging parameters mean nothing to an export: it is every match. */
    private static ModelQuery query(ServerWebExchange exchange) {
        var parameters = new java.util.LinkedHashMap<>(exchange.getRequest().getQueryParams());
        parameters.remove("after");
        parameters.remove("size");
        return SearchParameters.read(parameters);
    }

    private static void attachment(ServerHttpResponse response, String extension) {
        response.getHeaders()
                .setContentDisposition(ContentDisposition.attachment()
                        .filename("mo-hinh-dan-van-kheo-" + LocalDate.now() + "." + extension)
                        .build());
    }

    private static String origin(ServerWebExchange exchange) {
        var uri = exchange.getRequest().getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
