package vn.danvankheo.media;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.danvankheo.problems.NotFoundException;

/** Answered with 404 by any application that serves media, with or without its own error handling. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MediaNotFoundException extends NotFoundException {

    public MediaNotFoundException(String id) {
        super("Không tìm thấy tệp \"" + id + "\".");
    }
}
