package vn.danvankheo.recognition;

import vn.danvankheo.problems.NotFoundException;

public class RecognitionNotFoundException extends NotFoundException {

    public RecognitionNotFoundException(String message) {
        super(message);
    }
}
