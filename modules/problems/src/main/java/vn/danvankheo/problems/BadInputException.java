package vn.danvankheo.problems;

/**
 * Input a capability refuses; nothing was stored. The message is Vietnamese, for the person who gave the input. An
 * IllegalArgumentException, as the capabilities' own refusals always were, but one that says it is meant for people:
 * any other IllegalArgumentException is a fault of ours.
 */
public class BadInputException extends IllegalArgumentException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
