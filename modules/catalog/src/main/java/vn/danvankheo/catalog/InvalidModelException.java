package vn.danvankheo.catalog;

import vn.danvankheo.problems.BadInputException;

/** A model that cannot be stored as given; the message is Vietnamese because it reaches the person who typed it. */
public class InvalidModelException extends BadInputException {

    public InvalidModelException(String message) {
        super(message);
    }
}
