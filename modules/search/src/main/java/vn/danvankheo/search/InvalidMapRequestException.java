package vn.danvankheo.search;

/** A map question with a level or field that does not exist; the message says which ones do. */
public class InvalidMapRequestException extends IllegalArgumentException {

    public InvalidMapRequestException(String message) {
        super(message);
    }
}
