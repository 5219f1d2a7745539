package vn.danvankheo.problems;

/** The account may not do this here; nothing changed. The message, in Vietnamese, says what it may not do. */
public class PermissionDeniedException extends RuntimeException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
