package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
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
        Mono<List<MapCluster>> cells = precision <= properties.countryGridsUpToZoom() + 2
                ? countryGrids.grid(filter, precision).map(grid -> cut(grid, box))
                : aggregation.cells(inView(box, filter), precision, MapTile.MAX_CELLS);
        return cells.flatMap(clusters -> {
            long total = clusters.stream().mapToLong(MapCluster::count).sum();
            if (total <= properties.markersUpTo()) {
                return markers.within(box, filter)
                        .map(page -> new MapView(List.of(), page.markers(), page.total(), -1));
            }
            return Mono.just(new MapView(clusters, List.of(), total, precision));
        });
    }

    private static List<Query> inView(BoundingBox box, ModelFilter filter) {
        List<Query> filters = new ArrayList<>(filter.clauses());
        filters.add(MapMarkers.inside(box));
        return filters;
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
