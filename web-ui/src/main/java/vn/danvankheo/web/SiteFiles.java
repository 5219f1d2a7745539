package vn.danvankheo.web;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.PublishedAddress;
import vn.danvankheo.catalog.PublishedModels;

/**
 * What search engines read: robots.txt, and a sitemap of every published model. Past 50,000 addresses (a sitemap
 * file's limit) the sitemap becomes an index of numbered files.
 */
@RestController
class SiteFiles {

    static final int ADDRESSES_PER_FILE = 50_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PublishedModels models;

    SiteFiles(PublishedModels models) {
        this.models = models;
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots(ServerHttpRequest request) {
        return """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /dang-nhap
                Disallow: /tai-khoan
                Disallow: /tai-len
                Disallow: /nhap-du-lieu
                Disallow: /kiem-duyet
                Disallow: /don-vi/

                Sitemap: %s/sitemap.xml
                """.formatted(origin(request));
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    Mono<String> sitemap(ServerHttpRequest request) {
        String origin = origin(request);
        return models.count().flatMap(count -> {
            if (count <= ADDRESSES_PER_FILE) {
                return models.addresses(0, ADDRESSES_PER_FILE).map(addresses -> urlSet(origin, addresses, true));
            }
            long files = (count + ADDRESSES_PER_FILE - 1) / ADDRESSES_PER_FILE;
            StringBuilder index = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    """);
            for (long n = 1; n <= files; n++) {
                index.append("  <sitemap><loc>")
                        .append(origin)
                        .append("/sitemap-")
                        .append(n)
                        .append(".xml</loc></sitemap>\n");
            }
            return Mono.just(index.append("</sitemapindex>\n").toString());
        });
    }

    @GetMapping(value = "/sitemap-{number:[0-9]+}.xml", produces = MediaType.APPLICATION_XML_VALUE)
    Mono<String> sitemapFile(@PathVariable int number, ServerHttpRequest request) {
        String origin = origin(request);
        if (number < 1) {
            return Mono.just(urlSet(origin, List.of(), false));
        }
        return models.addresses(number - 1, ADDRESSES_PER_FILE)
                .map(addresses -> urlSet(origin, addresses, number == 1));
    }

    private static String urlSet(String origin, List<PublishedAddress> addresses, boolean withPages) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        if (withPages) {
            xml.append("  <url><loc>").append(origin).append("/</loc></url>\n");
            xml.append("  <url><loc>").append(origin).append(MapPages.MAP).append("</loc></url>\n");
        }
        for (PublishedAddress address : addresses) {
            xml.append("  <url><loc>")
                    .append(origin)
                    .append("/mo-hinh/")
                    .append(HtmlUtils.htmlEscape(address.slug()))
                    .append("</loc><lastmod>")
                    .append(DAY.format(address.updatedAt()))
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String origin(ServerHttpRequest request) {
        URI uri = request.getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
