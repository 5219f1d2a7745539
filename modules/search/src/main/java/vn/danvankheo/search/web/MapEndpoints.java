package vn.danvankheo.search.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.search.InvalidMapRequestException;
import vn.danvankheo.search.MapClusters;
import vn.danvankheo.search.MapMarker;
import vn.danvankheo.search.MapMarkers;
import vn.danvankheo.search.ModelCounts;
import vn.danvankheo.search.ModelFilter;
import vn.danvankheo.search.ModelList;

/**
 * The public map's data: published models in a viewport as GeoJSON (RFC 7946: longitude first), and counts. Every
 * endpoint takes the filter parameters of {@link ModelFilter}; any other parameter is refused.
 */
@RestController
class MapEndpoints {

    private static final int MAX_ZOOM = 22;

    private final MapMarkers markers;
    private final MapClusters clusters;
    private final ModelList list;
    private final ModelCounts counts;

    MapEndpoints(MapMarkers markers, MapClusters clusters, ModelList list, ModelCounts counts) {
        this.markers = markers;
        this.clusters = clusters;
        this.list = list;
        this.counts = counts;
    }

    /** The list beside the map: the models the map shows for the same view and filter, sorted, one page. */
    @GetMapping("/api/map/models")
    Mono<Map<String, Object>> models(@RequestParam MultiValueMap<String, String> parameters) {
        ModelFilter filter = ModelFilter.from(parameters, Set.of("bbox", "sort", "page"));
        String bbox = parameters.getFirst("bbox");
        BoundingBox box = bbox == null ? BoundingBox.world() : BoundingBox.parse(bbox);
        ModelList.Order order = ModelList.Order.parse(parameters.getFirst("sort"));
        int page = ModelList.page(parameters.getFirst("page"));
        return list.page(box, filter, order, page).map(models -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", models.total());
            body.put("page", models.page());
            body.put("pages", models.pages());
            body.put("pageSize", ModelList.PAGE_SIZE);
            body.put("sort", order.parameter());
            body.put(
                    "models", models.models().stream().map(MapEndpoints::listed).toList());
            return body;
        });
    }

    /**
     * What the map draws for a view: clusters with counts (each with the cell to zoom to), or the models themselves
     * once few are in view. Never more than about a thousand features, whatever the number of models.
     */
    @GetMapping(value = "/api/map/clusters", produces = "application/geo+json")
    Mono<byte[]> clusters(@RequestParam MultiValueMap<String, String> parameters) {
        ModelFilter filter = ModelFilter.from(parameters, Set.of("bbox", "zoom"));
        String bbox = parameters.getFirst("bbox");
        BoundingBox box = bbox == null ? BoundingBox.world() : BoundingBox.parse(bbox);
        int zoom = zoom(parameters.getFirst("zoom"));
        return clusters.within(box, zoom, filter).map(MapGeoJson::of);
    }

    @GetMapping(value = "/api/map/markers", produces = "application/geo+json")
    Mono<byte[]> markers(@RequestParam MultiValueMap<String, String> parameters) {
        ModelFilter filter = ModelFilter.from(parameters, Set.of("bbox"));
        String bbox = parameters.getFirst("bbox");
        BoundingBox box = bbox == null ? BoundingBox.world() : BoundingBox.parse(bbox);
        return markers.within(box, filter).map(MapGeoJson::of);
    }

    /** Published models per province or commune code, for shading units by how many models they have. */
    @GetMapping("/api/map/counts")
    Mono<Map<String, Object>> counts(@RequestParam MultiValueMap<String, String> parameters) {
        ModelFilter filter = ModelFilter.from(parameters, Set.of("level"));
        String level = parameters.getFirst("level");
        UnitLevel unitLevel = switch (level == null ? "PROVINCE" : level.strip().toUpperCase(Locale.ROOT)) {
            case "PROVINCE" -> UnitLevel.PROVINCE;
            case "COMMUNE" -> UnitLevel.COMMUNE;
            default -> throw new InvalidMapRequestException("Cấp đơn vị phải là PROVINCE (tỉnh) hoặc COMMUNE (xã).");
        };
        return counts.perUnit(unitLevel, filter).map(perUnit -> Map.of("level", unitLevel.name(), "counts", perUnit));
    }

    private static int zoom(String given) {
        if (given == null) {
            throw new InvalidMapRequestException("Thiếu mức phóng (zoom), một số nguyên từ 0 đến " + MAX_ZOOM + ".");
        }
        try {
            int zoom = Integer.parseInt(given.strip());
            if (zoom >= 0 && zoom <= MAX_ZOOM) {
                return zoom;
            }
        } catch (NumberFormatException e) {
            // Answered below, like a zoom out of range.
        }
        throw new InvalidMapRequestException(
                "Mức phóng (zoom) \"" + given + "\" không hợp lệ: cần một số nguyên từ 0 đến " + MAX_ZOOM + ".");
    }

    private static Map<String, Object> listed(MapMarker marker) {
        Map<String, Object> model = new LinkedHashMap<>(MapGeoJson.markerProperties(marker));
        model.put("id", marker.id().toString());
        model.put("latitude", marker.latitude());
        model.put("longitude", marker.longitude());
        return model;
    }
}
