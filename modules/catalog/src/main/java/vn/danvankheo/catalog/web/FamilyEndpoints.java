package vn.danvankheo.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.catalog.Family;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelNotFoundException;
import vn.danvankheo.catalog.PublishedModels;

/**
 * The published family of a model as GeoJSON (RFC 7946: longitude first), public like the map's data: a point per
 * model and a line from each original to the model that learned from it, with the spread counted year by year.
 */
@RestController
class FamilyEndpoints {

    private final PublishedModels models;

    FamilyEndpoints(PublishedModels models) {
        this.models = models;
    }

    /** Takes no parameter; like the map's endpoints it refuses one rather than silently ignore it. */
    @GetMapping(value = "/api/map/models/{slug}/family", produces = "application/geo+json")
    Mono<Map<String, Object>> family(
            @PathVariable String slug, @RequestParam MultiValueMap<String, String> parameters) {
        if (!parameters.isEmpty()) {
            return Mono.error(new InvalidModelException("Địa chỉ này không nhận tham số nào, không nhận \""
                    + parameters.keySet().iterator().next() + "\"."));
        }
        return models.family(slug)
                .switchIfEmpty(Mono.error(() -> new ModelNotFoundException(slug)))
                .map(FamilyEndpoints::geoJson);
    }

    private static Map<String, Object> geoJson(Family family) {
        List<Map<String, Object>> features = new ArrayList<>();
        Map<String, Family.Member> bySlug = new LinkedHashMap<>();
        family.members().forEach(member -> bySlug.put(member.slug(), member));
        family.members().forEach(member -> features.add(point(member)));
        family.members().stream()
                .filter(member -> member.learnedFromSlug() != null)
                .forEach(member -> features.add(line(bySlug.get(member.learnedFromSlug()), member)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FeatureCollection");
        body.put("root", family.root().slug());
        body.put("generations", family.generations());
        body.put("truncated", family.truncated());
        body.put("maxModels", Family.MAX_MODELS);
        body.put("maxGenerations", Family.MAX_GENERATIONS);
        body.put(
                "years",
                family.years().stream()
                        .map(step -> Map.of(
                                "year", step.year(),
                                "started", step.started(),
                                "models", step.models(),
                                "communes", step.communes(),
                                "provinces", step.provinces()))
                        .toList());
        body.put("features", features);
        return body;
    }

    private static Map<String, Object> point(Family.Member member) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "model");
        properties.put("slug", member.slug());
        properties.put("name", member.name());
        properties.put("url", "/mo-hinh/" + member.slug());
        properties.put("communeCode", member.communeCode());
        properties.put("commune", member.communeName());
        properties.put("provinceCode", member.provinceCode());
        properties.put("province", member.provinceName());
        properties.put("yearStarted", member.yearStarted());
        properties.put("generation", member.generation());
        properties.put("root", member.isRoot());
        properties.put("learnedFrom", member.learnedFromSlug());
        return Map.of(
                "type",
                "Feature",
                "id",
                member.slug(),
                "geometry",
                Map.of("type", "Point", "coordinates", List.of(member.longitude(), member.latitude())),
                "properties",
                properties);
    }

    /** Drawn in the direction of the spread: from the original to the model that learned from it. */
    private static Map<String, Object> line(Family.Member original, Family.Member replica) {
        return Map.of(
                "type",
                "Feature",
                "id",
                original.slug() + ">" + replica.slug(),
                "geometry",
                Map.of(
                        "type",
                        "LineString",
                        "coordinates",
                        List.of(
                                List.of(original.longitude(), original.latitude()),
                                List.of(replica.longitude(), replica.latitude()))),
                "properties",
                Map.of(
                        "kind", "learnedFrom",
                        "from", original.slug(),
                        "to", replica.slug(),
                        "yearStarted", replica.yearStarted()));
    }
}
