package vn.danvankheo.media;

/** The upload is no longer taking parts: it was completed, aborted or refused, or is being checked. */
public class UploadClosedException extends RuntimeException {

    public UploadClosedException(String message) {
        super(message);
    }
}
