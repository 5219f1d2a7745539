package vn.danvankheo.catalog;

/**
 * The parts of a model an editor changes; a null part stays as it is. Details, when given, replace the earlier details
 * as a whole, as the form that edits them sends them all.
 */
public record ModelEdit(
        String name,
        String ownerName,
        Field field,
        Integer yearStarted,
        String summary,
        String story,
        ModelDetails details) {

    public ModelEdit(String name, String ownerName, Field field, Integer yearStarted, String summary, String story) {
        this(name, ownerName, field, yearStarted, summary, story, null);
    }
}
