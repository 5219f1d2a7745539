package vn.danvankheo.recognition.criteria;

/** A criteria question with a level, year or audience that does not exist; the message lists what does. */
public class InvalidCriteriaRequestException extends IllegalArgumentException {

    public InvalidCriteriaRequestException(String message) {
        super(message);
    }
}
