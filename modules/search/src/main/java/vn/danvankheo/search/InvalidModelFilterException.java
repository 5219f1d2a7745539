package vn.danvankheo.search;

import vn.danvankheo.problems.BadInputException;

/** A filter of the map, the list or search with a parameter that does not exist or a value it cannot take. */
public class InvalidModelFilterException extends BadInputException {

    public InvalidModelFilterException(String message) {
        super(message);
    }
}
