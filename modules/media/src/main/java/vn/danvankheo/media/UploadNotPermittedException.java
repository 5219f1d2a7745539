package vn.danvankheo.media;

/** Only the account that started an upload may continue, complete or abort it. */
public class UploadNotPermittedException extends RuntimeException {

    public UploadNotPermittedException(String message) {
        super(message);
    }
}
