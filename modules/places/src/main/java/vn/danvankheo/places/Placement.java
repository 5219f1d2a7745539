package vn.danvankheo.places;

/** How a point relates to the administrative units. */
public enum Placement {
    /** Inside a commune's boundary. */
    INSIDE,
    /** Outside every commune, at sea within the coastal tolerance: placed in the nearest commune, and said so. */
    AT_SEA_NEAR_COAST,
    /** Outside every commune and close to a neighbouring country's land: not placed, the person must check. */
    NEAR_LAND_BORDER,
    /** Too far from every commune, or on a neighbouring country's land. */
    OUTSIDE_VIETNAM
}
