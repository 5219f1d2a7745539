package vn.danvankheo.media;

import vn.danvankheo.problems.NotFoundException;

public class UploadNotFoundException extends NotFoundException {

    public UploadNotFoundException(String message) {
        super(message);
    }
}
