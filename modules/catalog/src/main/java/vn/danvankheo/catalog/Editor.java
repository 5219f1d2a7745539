package vn.danvankheo.catalog;

import java.util.UUID;

/**
 * Who makes a change, as the audit trail records it. The catalog keeps the account's id and the name it had, not
 * the account itself: the trail must read the same after the account changes or closes.
 *
 * @param accountId null for changes the platform makes itself (demo data, imports)
 */
public record Editor(UUID accountId, String name) {

    public static final Editor PLATFORM = new Editor(null, "Hệ thống");
}
