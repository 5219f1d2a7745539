package vn.danvankheo.catalog;

import vn.danvankheo.problems.NotFoundException;

public class ModelNotFoundException extends NotFoundException {

    public ModelNotFoundException(String idOrSlug) {
        super("Không tìm thấy mô hình \"" + idOrSlug + "\".");
    }
}
