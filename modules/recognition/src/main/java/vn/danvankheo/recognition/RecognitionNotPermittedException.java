package vn.danvankheo.recognition;

import vn.danvankheo.problems.PermissionDeniedException;

/** The account's role, level or locality does not allow the step; nothing was changed. */
public class RecognitionNotPermittedException extends PermissionDeniedException {

    public RecognitionNotPermittedException(String message) {
        super(message);
    }
}
