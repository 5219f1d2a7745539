package vn.danvankheo.accounts;

import java.util.UUID;

/**
 * One unit of a bulk import, its parent either recorded already or an earlier unit of the same import.
 *
 * @param key how later units of the import name this one as their parent
 * @param parentId a recorded parent; null when there is none or it is {@code parentKey}
 * @param parentKey the key of an earlier unit of the import that is the parent; null when there is none
 */
public record ImportedUnit(String key, NewUnit unit, UUID parentId, String parentKey) {}
