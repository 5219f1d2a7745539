package vn.danvankheo.recognition.criteria;

import vn.danvankheo.problems.BadInputException;

/** A criteria question with a level, year or audience that does not exist; the message lists what does. */
public class InvalidCriteriaRequestException extends BadInputException {

    public InvalidCriteriaRequestException(String message) {
        super(message);
    }
}
