package vn.danvankheo.accounts;

import vn.danvankheo.problems.BadInputException;

/** A unit that cannot be recorded as given; the message is Vietnamese, for the administrator who typed it. */
public class InvalidUnitException extends BadInputException {

    public InvalidUnitException(String message) {
        super(message);
    }
}
