package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import vn.danvankheo.places.BoundingBox;

/**
 * What the map draws for a view at any zoom and any number of models: the models themselves when few are in view,
 * otherwise clusters from a geotile grid at about 64 pixels a cell, never more than {@link MapTile#MAX_CELLS}. Zoomed
 * out to where a view is most of the country, the grid comes from {@link CountryGrids}; closer in, the aggregation
 * over the view alone is cheap enough to run for each request (figures in docs/benchmarks.md), except without a
 * filter, where the models' positions held in memory are counted instead ({@link ModelPositions}, ADR 0033).
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

    private static final MapView NOTHING = new MapView(List.of(), List.of(), 0, -1);

    private final GridAggregation aggregation;
    private final CountryGrids countryGrids;
    private final ModelPositions positions;
    private final SearchProperties properties;

    MapClusters(
            GridAggregation aggregation,
            CountryGrids countryGrids,
            ModelPositions positions,
            SearchProperties properties) {
        this.aggregation = aggregation;
        this.countryGrids = countryGrids;
        this.positions = positions;
        this.properties = properties;
    }

    /** @param zoom the map's zoom level, which sets the size of a cluster's cell on the screen */
    public Mono<MapView> within(BoundingBox box, int zoom, ModelFilter filter) {
        int precision = MapTile.precisionFor(box, zoom);
        if (precision <= properties.countryGridsUpToZoom() + 2) {
            int finer = Math.min(precision + FINER, MapTile.MAX_PRECISION);
            return countryGrids
                    .grid(filter, finer)
                    .map(grid -> merged(cut(grid, box), precision))
                    .flatMap(clusters -> clustersOrModels(total(clusters), () -> clusters, box, filter, precision));
        }
        Optional<CellSums> held = filter.isAny() ? positions.cells(box, precision) : Optional.empty();
        if (held.isPresent()) {
            return clustersOrModels(held.get().total(), held.get()::clusters, box, filter, precision);
        }
        return SearchCalls.guarded(
                aggregation.send(firstAt(box, precision, filter)).flatMap(first -> {
                    Optional<IndexQuery> next = nextAt(box, precision, filter, first.total());
                    if (next.isPresent()) {
                        return aggregation.send(next.get()).map(MapClusters::modelsView);
                    }
                    long total = first.total();
                    return Mono.just(
                            total <= properties.markersUpTo()
                                    ? modelsView(first)
                                    : new MapView(first.cells(), List.of(), total, precision));
                }),
                properties.timeout(),
                NOTHING);
    }

    /**
     * The first request {@link #within} sends Elasticsearch for this view, built by the same code, so that a benchmark
     * can send it straight and measure what the store alone costs. Where the view is cut from the whole-country grids,
     * it is the aggregation over the view that the grids stand in for.
     */
    public IndexQuery firstRequest(BoundingBox box, int zoom, ModelFilter filter) {
        return firstAt(box, MapTile.precisionFor(box, zoom), filter);
    }

    /**
     * The request {@link #within} sends after the first one answered, if any: the models themselves, when the cells
     * counted few enough of them and the models did not come with the cells.
     *
     * @param firstAnswer the body of Elasticsearch's answer to {@link #firstRequest}, of which only the cells' counts
     *     are read
     */
    public Optional<IndexQuery> nextRequest(BoundingBox box, int zoom, ModelFilter filter, InputStream firstAnswer) {
        return nextAt(box, MapTile.precisionFor(box, zoom), filter, MapAnswer.total(firstAnswer));
    }

    private IndexQuery firstAt(BoundingBox box, int precision, ModelFilter filter) {
        int models = precision >= MODELS_WITH_CELLS_FROM_PRECISION ? properties.markersUpTo() : 0;
        return aggregation.cellsRequest(inView(box, filter), precision, MapTile.MAX_CELLS, models);
    }

    private Optional<IndexQuery> nextAt(BoundingBox box, int precision, ModelFilter filter, long firstTotal) {
        if (precision >= MODELS_WITH_CELLS_FROM_PRECISION || firstTotal > properties.markersUpTo()) {
            return Optional.empty();
        }
        return Optional.of(aggregation.modelsRequest(inView(box, filter), properties.markersUpTo()));
    }

    /** Clusters counted without asking Elasticsearch, or, when they count few models, the models themselves. */
    private Mono<MapView> clustersOrModels(
            long total, Supplier<List<MapCluster>> clusters, BoundingBox box, ModelFilter filter, int precision) {
        return total <= properties.markersUpTo()
                ? models(aggregation.modelsRequest(inView(box, filter), properties.markersUpTo()))
                : Mono.just(new MapView(clusters.get(), List.of(), total, precision));
    }

    private Mono<MapView> models(IndexQuery request) {
        return SearchCalls.guarded(
                aggregation.send(request).map(MapClusters::modelsView), properties.timeout(), NOTHING);
    }

    private static MapView modelsView(MapAnswer answer) {
        return new MapView(List.of(), answer.models(), answer.models().size(), -1);
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
