package vn.danvankheo.search;

/** A filter of the map, the list or search with a parameter that does not exist or a value it cannot take. */
public class InvalidModelFilterException extends IllegalArgumentException {

    public InvalidModelFilterException(String message) {
        super(message);
    }
}
