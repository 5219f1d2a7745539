package vn.danvankheo.recognition.criteria.web;

/** A criteria question with a level, year or audience that does not exist; the message lists what does. */
public class InvalidCriteriaRequestException extends IllegalArgumentException {

    InvalidCriteriaRequestException(String message) {
        super(message);
    }
}
