package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.BoundingBox;

/**
 * What the map draws for a view at any zoom and any number of models: the models themselves when few are in view,
 * otherwise clusters from a geotile grid at about 64 pixels a cell, never more than {@link MapTile#MAX_CELLS}. Zoomed
 * out to where a view is most of the country, the grid comes from {@link CountryGrids}; closer in, the aggregation
 * over the view alone is cheap enough to run for each request (figures in docs/benchmarks.md).
 */
@Service
public class MapClusters {

    /** Kept whole-country grids are this many levels finer than the cells drawn from them (4 × 4 per cell). */
    static final int FINER = 2;

    /**
     * From this precision (zoom 14) a view usually holds 200 models or fewer, so they come with the aggregation in one
     * request rather than in a second one after it. From zoom 12 it cost more than it saved: such views often hold
     * more, and their models were read for nothing (figures in docs/benchmarks.md).
     */
    static final int MODELS_WITH_CELLS_FROM_PRECISION = 16;

    private final GridAggregation aggregation;
    private final CountryGrids countryGrids;
    private final MapMarkers markers;
    private final SearchProperties properties;

    MapClusters(
            GridAggregation aggregation, CountryGrids countryGrids, MapMarkers markers, SearchProperties properties) {
        this.aggregation = aggregation;
        this.countryGrids = countryGrids;
        this.markers = markers;
        this.properties = properties;
    }

    /**
     * The geotile precision a view at this zoom is clustered at: what a client (or a benchmark's baseline) sends to
     * Elasticsearch to ask the same question.
     */
    public static int precisionFor(BoundingBox box, int zoom) {
        return MapTile.precisionFor(box, zoom);
    }

    /** @param zoom the map's zoom level, which sets the size of a cluster's cell on the screen */
    public Mono<MapView> within(BoundingBox box, int zoom, ModelFilter filter) {
        int precision = MapTile.precisionFor(box, zoom);
        if (precision <= properties.countryGridsUpToZoom() + 2) {
            int finer = Math.min(precision + FINER, MapTile.MAX_PRECISION);
            return countryGrids
                    .grid(filter, finer)
                    .map(grid -> merged(cut(grid, box), precision))
                    .flatMap(clusters -> answer(box, filter, clusters, precision));
        }
        if (precision >= MODELS_WITH_CELLS_FROM_PRECISION) {
            return aggregation
                    .cellsAndModels(inView(box, filter), precision, MapTile.MAX_CELLS, properties.markersUpTo())
                    .map(found -> {
                        long total = total(found.cells());
                        return total <= properties.markersUpTo()
                                ? new MapView(List.of(), found.models(), total, -1)
                                : new MapView(found.cells(), List.of(), total, precision);
                    });
        }
        return aggregation
                .cells(inView(box, filter), precision, MapTile.MAX_CELLS)
                .flatMap(clusters -> answer(box, filter, clusters, precision));
    }

    private Mono<MapView> answer(BoundingBox box, ModelFilter filter, List<MapCluster> clusters, int precision) {
        long total = total(clusters);
        if (total <= properties.markersUpTo()) {
            return markers.within(box, filter).map(page -> new MapView(List.of(), page.markers(), page.total(), -1));
        }
        return Mono.just(new MapView(clusters, List.of(), total, precision));
    }

    private static long total(List<MapCluster> clusters) {
        return clusters.stream().mapToLong(MapCluster::count).sum();
    }

    private static List<Query> inView(BoundingBox box, ModelFilter filter) {
        List<Query> filters = new ArrayList<>(filter.clauses());
        filters.add(MapMarkers.inside(box));
        return filters;
    }

    /**
     * Fine cells merged into the cells drawn, each at its models' centroid: the kept grids are {@link #FINER} levels
     * finer than what is drawn, so a view's edge cuts them to a quarter of a drawn cell's width on each side and its
     * total counts few models beyond the edge.
     */
    private static List<MapCluster> merged(List<MapCluster> fine, int precision) {
        Map<MapTile, double[]> sums = new LinkedHashMap<>();
        for (MapCluster cell : fine) {
            BoundingBox bounds = cell.bounds();
            MapTile drawn = new MapTile(
                    precision,
                    MapTile.x((bounds.west() + bounds.east()) / 2, precision),
                    MapTile.y((bounds.south() + bounds.north()) / 2, precision));
            double[] sum = sums.computeIfAbsent(drawn, tile -> new double[3]);
            sum[0] += cell.count();
            sum[1] += cell.count() * cell.latitude();
            sum[2] += cell.count() * cell.longitude();
        }
        List<MapCluster> merged = new ArrayList<>(sums.size());
        sums.forEach((tile, sum) ->
                merged.add(new MapCluster(sum[1] / sum[0], sum[2] / sum[0], (long) sum[0], tile.bounds())));
        return merged;
    }

    /** The cells of a whole-country grid that a view shows, even in part. */
    private static List<MapCluster> cut(List<MapCluster> grid, BoundingBox box) {
        return grid.stream()
                .filter(cell -> cell.bounds().west() <= box.east()
                        && cell.bounds().east() >= box.west()
                        && cell.bounds().south() <= box.north()
                        && cell.bounds().north() >= box.south())
                .toList();
    }
}
