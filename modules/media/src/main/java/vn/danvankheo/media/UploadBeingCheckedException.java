package vn.danvankheo.media;

/** Another request is checking the file right now: ask again a little later, with nothing to send again. */
public class UploadBeingCheckedException extends RuntimeException {

    UploadBeingCheckedException(String message) {
        super(message);
    }
}
