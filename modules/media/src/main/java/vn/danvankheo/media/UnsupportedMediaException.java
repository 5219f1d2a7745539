package vn.danvankheo.media;

public class UnsupportedMediaException extends RuntimeException {

    public UnsupportedMediaException(String message) {
        super(message);
    }
}
