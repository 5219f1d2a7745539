package vn.danvankheo.recognition;

/** Input the workflow cannot take as given (an impossible date, a missing reason); the message says what to fix. */
public class InvalidRecognitionRequestException extends IllegalArgumentException {

    public InvalidRecognitionRequestException(String message) {
        super(message);
    }
}
