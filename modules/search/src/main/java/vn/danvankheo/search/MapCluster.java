package vn.danvankheo.search;

import vn.danvankheo.places.BoundingBox;

/**
 * Published models of one grid cell, drawn at their centroid, so the marker sits where the models are rather than in
 * the middle of an empty cell.
 *
 * @param bounds the cell, which the map zooms to when the cluster is chosen
 */
public record MapCluster(double latitude, double longitude, long count, BoundingBox bounds) {}
