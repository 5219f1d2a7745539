package vn.danvankheo.media;

public class MediaNotFoundException extends RuntimeException {

    public MediaNotFoundException(String id) {
        super("Không tìm thấy tệp \"" + id + "\".");
    }
}
