package vn.danvankheo.search;

import java.util.List;

/**
 * What the map draws for one view: clusters with their counts, or, once few enough models are in view, the models
 * themselves.
 *
 * @param total the models in view; the clusters' counts add up to it, and with markers it is their number
 * @param precision the grid's precision (a map zoom level), -1 when markers are given
 */
public record MapView(List<MapCluster> clusters, List<MapMarker> markers, long total, int precision) {}
