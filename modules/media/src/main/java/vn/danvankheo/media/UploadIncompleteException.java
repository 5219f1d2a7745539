package vn.danvankheo.media;

import java.util.List;

/** Completion was asked for before storage held every part; the missing ones can still be sent. */
public class UploadIncompleteException extends RuntimeException {

    private final List<Integer> missingParts;

    public UploadIncompleteException(String message, List<Integer> missingParts) {
        super(message);
        this.missingParts = List.copyOf(missingParts);
    }

    public List<Integer> missingParts() {
        return missingParts;
    }
}
