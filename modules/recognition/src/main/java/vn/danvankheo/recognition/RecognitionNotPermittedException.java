package vn.danvankheo.recognition;

/** The account's role, level or locality does not allow the step; nothing was changed. */
public class RecognitionNotPermittedException extends RuntimeException {

    public RecognitionNotPermittedException(String message) {
        super(message);
    }
}
