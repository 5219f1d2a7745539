package vn.danvankheo.catalog;

/**
 * What a model is, as its unit tells it: its name, who runs it, in which field, since when, in a summary and a story.
 * Registration gives every part; an edit gives the parts it changes and leaves the others null. Every shape of a
 * model (registration, edit, view, snapshot, import row) carries this one record, so a new part of the story is added
 * here once.
 */
public record ModelProfile(
        String name,
        String ownerName,
        OwnerKind ownerKind,
        Field field,
        Integer yearStarted,
        String summary,
        String story) {

    /** No part given: an edit that changes none of the profile, or a registration that gives none of it. */
    public static final ModelProfile EMPTY = new ModelProfile(null, null, null, null, null, null, null);

    /** What the public may read: an individual owner is named only as far as they agreed. */
    ModelProfile forPublic(OwnerDisclosure disclosure) {
        String publicOwner = ownerKind == OwnerKind.INDIVIDUAL ? disclosure.publicName(ownerName) : ownerName;
        return new ModelProfile(name, publicOwner, ownerKind, field, yearStarted, summary, story);
    }
}
