package vn.danvankheo.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The parts of a model an editor changes, flat in JSON; a null part stays as it is. Details, when given, replace the
 * earlier details as a whole, as the form that edits them sends them all.
 */
public record ModelEdit(@JsonUnwrapped ModelProfile profile, ModelDetails details) {

    public ModelEdit {
        profile = profile == null ? ModelProfile.EMPTY : profile;
    }
}
