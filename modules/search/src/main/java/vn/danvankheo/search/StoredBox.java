package vn.danvankheo.search;

import vn.danvankheo.places.BoundingBox;

/**
 * A view as Elasticsearch's bounding box query compares it with stored coordinates: the southern and western edges
 * rounded up to the next stored value, the northern and eastern ones down, every edge included.
 */
record StoredBox(int south, int north, int west, int east) {

    static StoredBox of(BoundingBox box) {
        return new StoredBox(
                PointEncoding.storedLatitudeCeil(box.south()),
                PointEncoding.storedLatitude(box.north()),
                PointEncoding.storedLongitudeCeil(box.west()),
                PointEncoding.storedLongitude(box.east()));
    }

    boolean contains(int latitude, int longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }
}
