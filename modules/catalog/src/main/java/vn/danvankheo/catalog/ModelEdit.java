package vn.danvankheo.catalog;

/** The parts of a model an editor changes; a null part stays as it is. */
public record ModelEdit(
        String name, String ownerName, Field field, Integer yearStarted, String summary, String story) {}
