package vn.danvankheo.accounts;

/** An account that cannot be opened as given; the message is Vietnamese, for the administrator who typed it. */
public class InvalidAccountException extends IllegalArgumentException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
