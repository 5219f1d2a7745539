package vn.danvankheo.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Province outlines as fine as a national zoom can show and no finer. Borders keep the shape a pixel and a half of
 * that zoom can hold; land smaller than a pixel (most of the 2,000 islands) would still cost a ring of points each, so
 * the islands of a few pixels around become one pixel-sized mark, and so does an island the simplification removed:
 * every island stays on the map, the archipelagos of Hoàng Sa and Trường Sa too.
 */
final class ZoomGeneralisation {

    private static final Logger log = LoggerFactory.getLogger(ZoomGeneralisation.class);

    /** Below this the country is a few hundred pixels tall on any screen: one generalisation serves them all. */
    static final int COARSEST_ZOOM = 4;

    /** Islands within this many pixels of each other are one mark. */
    private static final int MARK_SPACING_PIXELS = 3;

    /** Deviation allowed from the detailed borders, in pixels: less is not seen, more is. */
    private static final double TOLERANCE_PIXELS = 1.5;

    /** Islands up to this size can vanish in the simplification; those that do are marked. */
    private static final int MARKED_BELOW_PIXELS = 4;

    private final int zoom;
    private final double pixel;
    private final GeometryFactory factory;

    ZoomGeneralisation(int zoom, GeometryFactory factory) {
        this.zoom = Math.max(zoom, COARSEST_ZOOM);
        // Web Mercator's 256-pixel tiles: degrees of longitude per pixel. Latitude's pixels are a little shorter
        // at Viet Nam's latitudes (8°–23°), so this errs towards the coarse by at most 8 %.
        this.pixel = 360.0 / (256.0 * Math.pow(2, this.zoom));
        this.factory = factory;
    }

    /** Decimals enough for a quarter of a pixel: more would be bytes no screen shows. */
    int decimals() {
        return (int) Math.ceil(-Math.log10(pixel / 4));
    }

    /** The provinces' outlines in the same order, each a MultiPolygon. */
    List<Geometry> generalise(List<Geometry> provinces) {
        Geometry[] land = provinces.stream().map(this::landOfAPixelOrMore).toArray(Geometry[]::new);
        Geometry[] simplified = simplified(land);
        List<Geometry> result = new ArrayList<>(provinces.size());
        for (int i = 0; i < provinces.size(); i++) {
            result.add(withMarks(simplified[i], provinces.get(i)));
        }
        return result;
    }

    /**
     * Neighbours simplified together share one simplified border, with no slivers between them. The province data is
     * not a perfect coverage everywhere; where the shared simplification cannot give valid shapes, each province is
     * simplified on its own, and the gaps this leaves between neighbours are under a pixel of this zoom.
     */
    private Geometry[] simplified(Geometry[] land) {
        try {
            Geometry[] together = CoverageSimplifier.simplify(land, pixel * TOLERANCE_PIXELS);
            boolean valid = true;
            for (Geometry geometry : together) {
                valid &= geometry.isValid();
            }
            if (valid) {
                return together;
            }
            log.info("Province outlines for zoom {} simplified one by one: the shared simplification is invalid", zoom);
        } catch (RuntimeException e) {
            log.info("Province outlines for zoom {} simplified one by one: {}", zoom, e.toString());
        }
        Geometry[] alone = new Geometry[land.length];
        for (int i = 0; i < land.length; i++) {
            alone[i] = TopologyPreservingSimplifier.simplify(land[i], pixel * TOLERANCE_PIXELS / 2);
        }
        return alone;
    }

    private Geometry landOfAPixelOrMore(Geometry province) {
        List<Polygon> kept = new ArrayList<>();
        for (int i = 0; i < province.getNumGeometries(); i++) {
            Polygon part = (Polygon) province.getGeometryN(i);
            if (!belowAPixel(part)) {
                kept.add(part);
            }
        }
        return factory.createMultiPolygon(kept.toArray(Polygon[]::new));
    }

    /**
     * The land with a mark for the small islands of each cell of a few pixels that has no land drawn there. A mark is
     * the pixel (on a grid of pixels) holding the first such island's centre, so marks never overlap each other, and
     * none is drawn over land: parts drawn over each other would cut holes in the fill (SVG's even-odd rule), and
     * overlaying them instead can fail on the data's small flaws.
     */
    private MultiPolygon withMarks(Geometry simplified, Geometry province) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < simplified.getNumGeometries(); i++) {
            if (simplified.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                parts.add(polygon);
            }
        }
        List<Polygon> land = List.copyOf(parts);
        Map<String, Polygon> marks = new LinkedHashMap<>();
        double spacing = pixel * MARK_SPACING_PIXELS;
        double marked = pixel * MARKED_BELOW_PIXELS;
        for (int i = 0; i < province.getNumGeometries(); i++) {
            Envelope extent = province.getGeometryN(i).getEnvelopeInternal();
            if (extent.getWidth() >= marked || extent.getHeight() >= marked) {
                continue;
            }
            Coordinate centre = extent.centre();
            double column = Math.floor(centre.x / pixel);
            double row = Math.floor(centre.y / pixel);
            Polygon square = (Polygon) factory.toGeometry(
                    new Envelope(column * pixel, (column + 1) * pixel, row * pixel, (row + 1) * pixel));
            // A rectangle's test against a polygon needs no overlay, so it holds on flawed outlines too.
            if (land.stream().noneMatch(drawn -> drawn.intersects(square))) {
                marks.putIfAbsent(Math.floor(centre.x / spacing) + ":" + Math.floor(centre.y / spacing), square);
            }
        }
        parts.addAll(marks.values());
        return factory.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private boolean belowAPixel(Polygon part) {
        Envelope box = part.getEnvelopeInternal();
        return box.getWidth() < pixel && box.getHeight() < pixel;
    }
}
