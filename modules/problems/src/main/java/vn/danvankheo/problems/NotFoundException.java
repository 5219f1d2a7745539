package vn.danvankheo.problems;

/** What was asked for does not exist, or is not shown to this viewer; the message is Vietnamese. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
