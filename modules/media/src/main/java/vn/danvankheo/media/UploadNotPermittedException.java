package vn.danvankheo.media;

import vn.danvankheo.problems.PermissionDeniedException;

/** Only the account that started an upload may continue, complete or abort it. */
public class UploadNotPermittedException extends PermissionDeniedException {

    public UploadNotPermittedException(String message) {
        super(message);
    }
}
