package vn.danvankheo.imports;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.ModelStatus;

/** What a commit stored: every row of the file, as a draft, with the report that allowed it. */
public record ImportResult(int registered, List<Registered> models, ImportReport report) {

    public record Registered(int row, UUID id, String slug, String name, ModelStatus status, long version) {}
}
