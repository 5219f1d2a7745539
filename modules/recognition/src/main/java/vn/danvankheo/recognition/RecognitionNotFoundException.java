package vn.danvankheo.recognition;

public class RecognitionNotFoundException extends RuntimeException {

    public RecognitionNotFoundException(String message) {
        super(message);
    }
}
