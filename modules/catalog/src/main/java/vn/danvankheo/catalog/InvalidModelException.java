package vn.danvankheo.catalog;

/** A model that cannot be stored as given; the message is Vietnamese because it reaches the person who typed it. */
public class InvalidModelException extends RuntimeException {

    public InvalidModelException(String message) {
        super(message);
    }
}
