package vn.danvankheo.places.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.places.FormerCommunes;
import vn.danvankheo.places.FormerPlacement;
import vn.danvankheo.places.InvalidPlaceRequestException;
import vn.danvankheo.places.Locality;
import vn.danvankheo.places.LocalityResolver;
import vn.danvankheo.places.OutlineCollection;
import vn.danvankheo.places.Outlines;
import vn.danvankheo.places.PlacesScheduler;
import vn.danvankheo.places.coordinates.CoordinateReader;
import vn.danvankheo.places.coordinates.ReadCoordinate;

/**
 * Places as JSON: where a point is, units by name, old addresses, and outlines for the map. Every lookup is a short
 * read-only query; they run on Reactor's bounded pool, never on the event loop.
 */
@RestController
@RequestMapping("/api/places")
class PlacesEndpoints {

    private static final String GEO_JSON = "application/geo+json";
    /** Beyond any web map's zoom levels (OpenStreetMap stops at 19): outlines for others are asked by no map. */
    private static final int MIN_ZOOM = 0;

    private static final int MAX_ZOOM = 24;

    /**
     * Outlines change only with a new data release: a day without asking, then a revalidation by tag that answers
     * 304 while the release is the same.
     */
    private static final CacheControl OUTLINES_CACHE =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final LocalityResolver resolver;
    private final AdminUnits units;
    private final FormerCommunes former;
    private final Outlines outlines;
    private final CoordinateReader coordinates = new CoordinateReader();
    private final PlacesScheduler scheduler;

    PlacesEndpoints(
            LocalityResolver resolver,
            AdminUnits units,
            FormerCommunes former,
            Outlines outlines,
            PlacesScheduler scheduler) {
        this.scheduler = scheduler;
        this.resolver = resolver;
        this.units = units;
        this.former = former;
        this.outlines = outlines;
    }

    /** A point given as typed or pasted ("21°01'42\"N 105°51'15\"E", a map link …) or as lat and lon. */
    @GetMapping("/locality")
    Mono<PointLocality> locality(
            @RequestParam(required = false) String at,
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon) {
        return blocking(() -> {
            ReadCoordinate point = at != null ? coordinates.read(at) : decimal(lat, lon);
            return new PointLocality(point, resolver.resolve(point.latitude(), point.longitude()));
        });
    }

    @GetMapping("/search")
    Mono<List<AdminUnits.PlaceMatch>> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        return blocking(() -> units.search(q, limit));
    }

    @GetMapping("/former-communes")
    Mono<FormerPlacement> formerCommune(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String province) {
        if (code == null && name == null) {
            return Mono.error(new InvalidPlaceRequestException("Cần mã hoặc tên xã, phường, thị trấn cũ."));
        }
        return blocking(() -> code != null ? former.placeByCode(code) : former.placeByName(name, province));
    }

    @GetMapping(value = "/provinces", produces = GEO_JSON)
    Mono<ResponseEntity<String>> provinces(@RequestParam(defaultValue = "6") int zoom) {
        return blocking(() -> {
            OutlineCollection provinces = outlines.provinces(checked(zoom));
            return ResponseEntity.ok()
                    .cacheControl(OUTLINES_CACHE)
                    .eTag(provinces.etag())
                    .body(provinces.geoJson());
        });
    }

    private static int checked(int zoom) {
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new InvalidPlaceRequestException(
                    "Mức thu phóng (zoom) phải từ " + MIN_ZOOM + " đến " + MAX_ZOOM + ", không phải " + zoom + ".");
        }
        return zoom;
    }

    @GetMapping(value = "/communes", produces = GEO_JSON)
    Mono<ResponseEntity<String>> communes(@RequestParam String bbox, @RequestParam int zoom) {
        return blocking(() -> {
            BoundingBox box = BoundingBox.parse(bbox);
            return ResponseEntity.ok().cacheControl(OUTLINES_CACHE).body(outlines.communes(box, checked(zoom)));
        });
    }

    private ReadCoordinate decimal(Double lat, Double lon) {
        if (lat == null || lon == null) {
            throw new InvalidPlaceRequestException("Cần toạ độ: tham số at, hoặc cả lat và lon.");
        }
        return coordinates.read(lat + ", " + lon);
    }

    private <T> Mono<T> blocking(Callable<T> call) {
        return scheduler.run(call);
    }

    /** The point as it was understood, and where it is. */
    record PointLocality(ReadCoordinate point, Locality locality) {}
}
