package vn.danvankheo.search;

import vn.danvankheo.problems.BadInputException;

/** A map question with a level or field that does not exist; the message says which ones do. */
public class InvalidMapRequestException extends BadInputException {

    public InvalidMapRequestException(String message) {
        super(message);
    }
}
