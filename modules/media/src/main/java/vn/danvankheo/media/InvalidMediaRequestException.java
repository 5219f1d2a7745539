package vn.danvankheo.media;

import vn.danvankheo.problems.BadInputException;

/** A request for media or an upload that cannot be served as asked; the message says so in Vietnamese. */
public class InvalidMediaRequestException extends BadInputException {

    public InvalidMediaRequestException(String message) {
        super(message);
    }
}
