package vn.danvankheo.media;

public class UploadNotFoundException extends RuntimeException {

    public UploadNotFoundException(String message) {
        super(message);
    }
}
