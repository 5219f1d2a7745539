/**
 * Coordinates as people give them, turned into WGS 84 latitude and longitude: decimal degrees and degrees-minutes-
 * seconds with Vietnamese or English hemisphere letters, links copied from web maps, and VN-2000 figures from survey
 * documents (geographic, or X, Y on a provincial 3° zone). {@link vn.danvankheo.places.coordinates.CoordinateReader}
 * is the entry point; bad input raises {@link vn.danvankheo.places.coordinates.InvalidCoordinateException} with a
 * Vietnamese message saying what is wrong, and every result carries short notes on how the input was understood so a
 * wrong guess can be seen.
 */
package vn.danvankheo.places.coordinates;
