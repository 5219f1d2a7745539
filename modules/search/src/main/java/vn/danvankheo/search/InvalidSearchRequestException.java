package vn.danvankheo.search;

/** A search with a parameter that cannot be read; the message says, in Vietnamese, which one and how to write it. */
public class InvalidSearchRequestException extends IllegalArgumentException {

    public InvalidSearchRequestException(String message) {
        super(message);
    }
}
