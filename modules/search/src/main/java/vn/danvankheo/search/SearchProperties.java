package vn.danvankheo.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param url the Elasticsearch HTTP endpoint
 * @param indexPrefix prepended to every index and alias name, so several deployments or test runs share a cluster
 * @param replicas replicas per index: 0 on a single node, 1 or more on a cluster
 * @param timeout how long one search call may take before search counts as unavailable
 * @param healInterval how often a lost index is looked for and rebuilt from the catalog
 * @param countryGridsUpToZoom map zooms up to which clusters are cut from grids kept for the whole country
 * @param gridMaxAge how old a kept grid may grow even when this instance heard of no change (another may have)
 * @param mapPositions whether every published model's position is held in memory for the map without a filter
 *     (ADR 0033), rather than asking Elasticsearch's aggregation for each view
 * @param markersUpTo models in view up to which the map gets the models themselves rather than clusters
 * @param mapRequestCache whether Elasticsearch may answer the map's aggregations from its request cache, as it does
 *     for visitors of one shared link or embedded view; a benchmark turns it off to measure the aggregation itself
 * @param facetRequestCache whether Elasticsearch may answer a search's total and facets from its request cache, as it
 *     does for the following pages of one search; a benchmark turns it off to measure the counting itself
 */
@ConfigurationProperties("dvk.search")
public record SearchProperties(
        String url,
        String indexPrefix,
        String username,
        String password,
        Integer replicas,
        Duration timeout,
        Duration healInterval,
        Integer countryGridsUpToZoom,
        Duration gridMaxAge,
        Integer markersUpTo,
        Boolean mapRequestCache,
        Boolean facetRequestCache,
        Boolean mapPositions) {

    public SearchProperties {
        url = url == null ? "http://127.0.0.1:19200" : url;
        indexPrefix = indexPrefix == null ? "dvk" : indexPrefix;
        replicas = replicas == null ? 0 : replicas;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        healInterval = healInterval == null ? Duration.ofSeconds(30) : healInterval;
        countryGridsUpToZoom = countryGridsUpToZoom == null ? 8 : countryGridsUpToZoom;
        gridMaxAge = gridMaxAge == null ? Duration.ofMinutes(1) : gridMaxAge;
        markersUpTo = markersUpTo == null ? 200 : markersUpTo;
        mapRequestCache = mapRequestCache == null || mapRequestCache;
        facetRequestCache = facetRequestCache == null || facetRequestCache;
        mapPositions = mapPositions == null || mapPositions;
    }
}
