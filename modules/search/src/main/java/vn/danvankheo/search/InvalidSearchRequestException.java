package vn.danvankheo.search;

import vn.danvankheo.problems.BadInputException;

/** A search with a parameter that cannot be read; the message says, in Vietnamese, which one and how to write it. */
public class InvalidSearchRequestException extends BadInputException {

    public InvalidSearchRequestException(String message) {
        super(message);
    }
}
