package vn.danvankheo.recognition;

/**
 * A step the workflow does not allow now: out of order, past a deadline, or against a rule of the campaign. Nothing
 * was changed; the message says why in Vietnamese.
 */
public class StepRefusedException extends RuntimeException {

    public StepRefusedException(String message) {
        super(message);
    }
}
