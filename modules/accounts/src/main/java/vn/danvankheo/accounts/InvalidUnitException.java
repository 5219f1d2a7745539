package vn.danvankheo.accounts;

/** A unit that cannot be recorded as given; the message is Vietnamese, for the administrator who typed it. */
public class InvalidUnitException extends IllegalArgumentException {

    public InvalidUnitException(String message) {
        super(message);
    }
}
