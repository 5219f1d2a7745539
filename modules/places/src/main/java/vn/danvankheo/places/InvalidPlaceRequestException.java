package vn.danvankheo.places;

import vn.danvankheo.problems.BadInputException;

/**
 * A question about places that cannot be answered as asked (a bad viewport, a too short name, a point off the
 * globe); the message says, in Vietnamese, what to ask instead.
 */
public class InvalidPlaceRequestException extends BadInputException {

    public InvalidPlaceRequestException(String message) {
        super(message);
    }
}
