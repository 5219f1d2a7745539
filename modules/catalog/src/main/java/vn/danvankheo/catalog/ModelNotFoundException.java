package vn.danvankheo.catalog;

public class ModelNotFoundException extends RuntimeException {

    public ModelNotFoundException(String idOrSlug) {
        super("Không tìm thấy mô hình \"" + idOrSlug + "\".");
    }
}
