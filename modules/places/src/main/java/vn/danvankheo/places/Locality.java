package vn.danvankheo.places;

/**
 * Where a point is: the commune and province it belongs to (current names), or why it belongs to none.
 *
 * @param distanceMeters 0 inside a commune; otherwise the distance to the nearest commune
 * @param neighbourCountry the neighbouring country's Vietnamese name when the point is on or near its land
 * @param message what to tell the person, in Vietnamese
 */
public record Locality(
        Placement placement,
        AdminUnit commune,
        AdminUnit province,
        double distanceMeters,
        String neighbourCountry,
        String message) {

    public boolean isPlaced() {
        return placement == Placement.INSIDE || placement == Placement.AT_SEA_NEAR_COAST;
    }
}
