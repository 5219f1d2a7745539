package vn.danvankheo.catalog;

/** The signed-in account may not make this change: another unit's model, another locality, or another role's work. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
