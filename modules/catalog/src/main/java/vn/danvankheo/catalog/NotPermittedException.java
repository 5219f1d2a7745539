package vn.danvankheo.catalog;

import vn.danvankheo.problems.PermissionDeniedException;

/** The signed-in account may not make this change: another unit's model, another locality, or another role's work. */
public class NotPermittedException extends PermissionDeniedException {

    public NotPermittedException(String message) {
        super(message);
    }
}
