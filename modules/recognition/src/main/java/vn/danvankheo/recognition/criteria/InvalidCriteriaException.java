package vn.danvankheo.recognition.criteria;

import java.nio.file.Path;

/** A criteria file that cannot be trusted; the message names the file so that whoever edits the data can fix it. */
public class InvalidCriteriaException extends RuntimeException {

    InvalidCriteriaException(Path file, String problem) {
        super(file + ": " + problem);
    }

    InvalidCriteriaException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
