package vn.danvankheo.media;

public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(Throwable cause) {
        super("Kho lưu trữ ảnh và video tạm thời không truy cập được. Vui lòng thử lại sau.", cause);
    }
}
