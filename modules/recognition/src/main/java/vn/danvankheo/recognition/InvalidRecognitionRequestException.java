package vn.danvankheo.recognition;

import vn.danvankheo.problems.BadInputException;

/** Input the workflow cannot take as given (an impossible date, a missing reason); the message says what to fix. */
public class InvalidRecognitionRequestException extends BadInputException {

    public InvalidRecognitionRequestException(String message) {
        super(message);
    }
}
