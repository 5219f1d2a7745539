package vn.danvankheo.imports;

import vn.danvankheo.problems.BadInputException;

/** The file cannot be read as annex 01 at all: wrong format, too large, macros; the message says what to do. */
public class InvalidImportFileException extends BadInputException {

    public InvalidImportFileException(String message) {
        super(message);
    }

    public InvalidImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
