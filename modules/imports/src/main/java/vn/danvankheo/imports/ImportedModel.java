package vn.danvankheo.imports;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;

/**
 * A row that passed the dry run, as it will be registered: the catalog's own parts, with the results and the
 * continuation the annex adds; the only place an import builds a {@link NewModel}.
 */
record ImportedModel(int row, ModelProfile profile, ModelLocation location, String results, boolean continuing) {

    NewModel toNewModel(String slug, UUID registeringUnit) {
        ModelDetails details = new ModelDetails(
                OwnerDisclosure.FULL_NAME,
                continuing,
                ModelPlan.EMPTY,
                results.isEmpty() ? null : results,
                null,
                null,
                null,
                null);
        return new NewModel(slug, registeringUnit, profile, location, List.of(), details, null);
    }
}
