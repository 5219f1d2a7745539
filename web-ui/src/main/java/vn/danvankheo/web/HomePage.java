package vn.danvankheo.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.PlacesScheduler;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.search.ModelCounts;
import vn.danvankheo.search.ModelFilter;
import vn.danvankheo.search.ModelList;

/**
 * The front page for a first-time visitor: what "Dân vận khéo" is, how many models there are and where, the newest,
 * and a search box. Until full-text search lands, the box finds a province or commune and opens the map on it.
 */
@Controller
class HomePage {

    static final String PLACE_SEARCH = "/tim-dia-ban";
    private static final int NEWEST = 6;

    private final ModelList list;
    private final ModelCounts counts;
    private final AdminUnits units;
    private final PlacesScheduler scheduler;

    HomePage(ModelList list, ModelCounts counts, AdminUnits units, PlacesScheduler scheduler) {
        this.scheduler = scheduler;
        this.list = list;
        this.counts = counts;
        this.units = units;
    }

    @GetMapping("/")
    Mono<String> home(Model page) {
        return Mono.zip(list.newest(NEWEST), counts.perUnit(UnitLevel.PROVINCE, ModelFilter.ANY))
                .map(found -> {
                    page.addAttribute("total", found.getT1().total());
                    page.addAttribute("newest", found.getT1().models());
                    page.addAttribute("provincesWithModels", found.getT2().size());
                    return "home";
                })
                .onErrorResume(e -> {
                    // The page still explains the movement and searches places while search is down.
                    page.addAttribute("newest", List.of());
                    return Mono.just("home");
                });
    }

    /** A place typed on the home page: the map opens on the best match, or the page says none was found. */
    @GetMapping(PLACE_SEARCH)
    Mono<String> place(@RequestParam(required = false) String q, Model page, ServerWebExchange exchange) {
        String query = q == null ? "" : q.strip();
        if (query.length() < 2) {
            return Mono.just(notFound(page, exchange, query, "Nhập ít nhất 2 ký tự tên tỉnh, thành phố, xã, phường."));
        }
        return scheduler.run(() -> units.search(query, 1)).map(matches -> {
            if (matches.isEmpty()) {
                return notFound(page, exchange, query, "Không tìm thấy địa bàn nào có tên “" + query + "”.");
            }
            var match = matches.get(0);
            var unit = match.unit();
            // The map opens on the place itself, filtered to it.
            return "redirect:"
                    + UriComponentsBuilder.fromPath(MapPages.MAP)
                            .queryParam(unit.level() == UnitLevel.PROVINCE ? "province" : "commune", unit.code())
                            .queryParam("bbox", match.bounds().parameter())
                            .build()
                            .toUriString();
        });
    }

    private static String notFound(Model page, ServerWebExchange exchange, String query, String message) {
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        page.addAttribute("query", query);
        page.addAttribute("message", message);
        return "place-not-found";
    }
}
