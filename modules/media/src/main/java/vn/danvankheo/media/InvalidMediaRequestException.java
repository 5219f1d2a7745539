package vn.danvankheo.media;

/** A request for media or an upload that cannot be served as asked; the message says so in Vietnamese. */
public class InvalidMediaRequestException extends IllegalArgumentException {

    public InvalidMediaRequestException(String message) {
        super(message);
    }
}
