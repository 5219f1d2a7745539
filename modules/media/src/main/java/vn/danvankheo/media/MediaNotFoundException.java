package vn.danvankheo.media;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Answered with 404 by any application that serves media, with or without its own error handling. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MediaNotFoundException extends RuntimeException {

    public MediaNotFoundException(String id) {
        super("Không tìm thấy tệp \"" + id + "\".");
    }
}
