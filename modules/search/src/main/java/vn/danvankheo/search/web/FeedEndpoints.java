package vn.danvankheo.search.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import vn.danvankheo.search.FoundModel;
import vn.danvankheo.search.ModelSearch;
import vn.danvankheo.search.SearchParameters;
import vn.danvankheo.search.SearchResults;
import vn.danvankheo.search.SearchSort;

/**
 * Atom feeds to follow a search, a province or a field: the latest changed models first, each entry's id the model's
 * address, so a reader shows a model again when it changes.
 */
@RestController
class FeedEndpoints {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int ENTRIES = 50;

    private final ModelSearch search;

    FeedEndpoints(ModelSearch search) {
        this.search = search;
    }

    /** The same parameters as /tim-kiem; the order is always latest change first. */
    @GetMapping({"/tim-kiem/feed.atom", "/feed.atom"})
    Mono<ResponseEntity<String>> search(ServerWebExchange exchange) {
        return feed(exchange.getRequest().getQueryParams(), exchange, "Tìm mô hình");
    }

    @GetMapping("/feed/tinh/{code}.atom")
    Mono<ResponseEntity<String>> province(@PathVariable String code, ServerWebExchange exchange) {
        return feed(parameters("province", code), exchange, "Mô hình của tỉnh, thành phố " + code);
    }

    @GetMapping("/feed/linh-vuc/{field}.atom")
    Mono<ResponseEntity<String>> field(@PathVariable String field, ServerWebExchange exchange) {
        return feed(parameters("field", field), exchange, "Mô hình theo lĩnh vực");
    }

    private Mono<ResponseEntity<String>> feed(
            MultiValueMap<String, String> given, ServerWebExchange exchange, String title) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>(given);
        parameters.remove("after");
        parameters.remove("sort");
        parameters.set("size", String.valueOf(ENTRIES));
        var uri = exchange.getRequest().getURI();
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        String self = origin + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String page = origin
                + UriComponentsBuilder.fromPath("/tim-kiem")
                        .queryParams(given)
                        .encode()
                        .build()
                        .toUriString();
        return Mono.fromCallable(() -> SearchParameters.read(parameters).sortedBy(SearchSort.LATEST_UPDATE))
                .flatMap(search::search)
                .map(results -> ResponseEntity.ok().contentType(ATOM).body(atom(results, title, self, page, origin)));
    }

    private static MultiValueMap<String, String> parameters(String name, String value) {
        return new LinkedMultiValueMap<>(Map.of(name, List.of(value)));
    }

    private static String atom(SearchResults results, String title, String self, String page, String origin) {
        Instant updated = results.models().stream()
                .map(FoundModel::updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        String fullTitle = results.text().isBlank() && results.places().isEmpty()
                ? title
                : title + ": "
                        + String.join(" ", results.text(), String.join(", ", results.places()))
                                .strip();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n")
                .append("  <title>")
                .append(escape(fullTitle + " – Bản đồ số mô hình “Dân vận khéo”"))
                .append("</title>\n")
                .append("  <id>")
                .append(escape(self))
                .append("</id>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(escape(self))
                .append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(escape(page))
                .append("\"/>\n")
                .append("  <updated>")
                .append(DateTimeFormatter.ISO_INSTANT.format(updated))
                .append("</updated>\n")
                .append("  <author><name>Bản đồ số mô hình “Dân vận khéo”</name></author>\n");
        for (FoundModel model : results.models()) {
            xml.append("  <entry>\n    <title>")
                    .append(escape(model.name()))
                    .append("</title>\n    <id>")
                    .append(escape(origin + model.url()))
                    .append("</id>\n    <link href=\"")
                    .append(escape(origin + model.url()))
                    .append("\"/>\n    <updated>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(model.updatedAt()))
                    .append("</updated>\n    <category term=\"")
                    .append(escape(model.field()))
                    .append("\" label=\"")
                    .append(escape(model.fieldLabel()))
                    .append("\"/>\n    <summary type=\"html\">")
                    .append(escape(model.snippetHtml() + " — " + model.commune() + ", " + model.province()))
                    .append("</summary>\n  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
