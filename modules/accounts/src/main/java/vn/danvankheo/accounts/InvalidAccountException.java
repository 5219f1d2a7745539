package vn.danvankheo.accounts;

import vn.danvankheo.problems.BadInputException;

/** An account that cannot be opened as given; the message is Vietnamese, for the administrator who typed it. */
public class InvalidAccountException extends BadInputException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
