package vn.danvankheo.search.web;

import java.util.List;
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
import vn.danvankheo.search.MapMarker;
import vn.danvankheo.search.MapMarkers;
import vn.danvankheo.search.ModelCounts;
import vn.danvankheo.search.ModelFilter;

/**
 * The public map's data: published models in a viewport as GeoJSON (RFC 7946: longitude first), and counts. Every
 * endpoint takes the filter parameters of {@link ModelFilter}; any other parameter is refused.
 */
@RestController
class MapEndpoints {

    private final MapMarkers markers;
    private final ModelCounts counts;

    MapEndpoints(MapMarkers markers, ModelCounts counts) {
        this.markers = markers;
        this.counts = counts;
    }

    @GetMapping(value = "/api/map/markers", produces = "application/geo+json")
    Mono<Map<String, Object>> markers(@RequestParam MultiValueMap<String, String> parameters) {
        ModelFilter filter = ModelFilter.from(parameters, Set.of("bbox"));
        String bbox = parameters.getFirst("bbox");
        BoundingBox box = bbox == null ? BoundingBox.world() : BoundingBox.parse(bbox);
        return markers.within(box, filter)
                .map(page -> Map.of(
                        "type", "FeatureCollection",
                        "features",
                                page.markers().stream()
                                        .map(MapEndpoints::feature)
                                        .toList(),
                        "total", page.total(),
                        "truncated", page.truncated()));
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

    private static Map<String, Object> feature(MapMarker marker) {
        var properties = new java.util.LinkedHashMap<String, Object>();
        properties.put("slug", marker.slug());
        properties.put("name", marker.name());
        properties.put("field", marker.field().name());
        properties.put("fieldLabel", marker.field().labelVi());
        properties.put("commune", marker.communeName());
        properties.put("province", marker.provinceName());
        properties.put("url", "/mo-hinh/" + marker.slug());
        if (marker.photoId() != null) {
            properties.put("photoUrl", "/media/" + marker.photoId());
        }
        return Map.of(
                "type",
                "Feature",
                "id",
                marker.id().toString(),
                "geometry",
                Map.of("type", "Point", "coordinates", List.of(marker.longitude(), marker.latitude())),
                "properties",
                properties);
    }
}
