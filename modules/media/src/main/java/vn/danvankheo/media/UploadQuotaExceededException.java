package vn.danvankheo.media;

/** The account has as many uploads open, or has sent as much today, as it may: it waits, nothing is stored. */
public class UploadQuotaExceededException extends RuntimeException {

    UploadQuotaExceededException(String message) {
        super(message);
    }
}
