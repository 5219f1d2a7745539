package vn.danvankheo.accounts;

import java.util.UUID;

/**
 * An agency or organisation that registers and reports models ("cơ quan, đơn vị"). Its id never changes, so a renamed
 * unit keeps its models and its accounts, and two cells with one name stay two units.
 *
 * @param scope the locality it belongs to: a commune, a province, or nationwide for central bodies
 * @param parentId the unit it answers to (a commune party committee for its cells); null at the top of a tree
 */
public record Unit(UUID id, String name, UnitKind kind, Scope scope, UUID parentId) {}
