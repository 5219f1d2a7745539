package vn.danvankheo.imports;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;

/** A row that passed the dry run, as it will be registered: the only place an import builds a {@link NewModel}. */
record ImportedModel(
        int row,
        String name,
        String ownerName,
        OwnerKind ownerKind,
        Field field,
        double latitude,
        double longitude,
        String communeCode,
        int yearStarted,
        String summary,
        String story,
        String results,
        boolean continuing) {

    NewModel toNewModel(String slug, UUID registeringUnit) {
        return new NewModel(
                slug,
                name,
                ownerName,
                ownerKind,
                registeringUnit,
                field,
                new NewModel.Location(latitude, longitude, communeCode),
                yearStarted,
                summary,
                story,
                List.of(),
                new ModelDetails(
                        OwnerDisclosure.FULL_NAME,
                        continuing,
                        ModelPlan.EMPTY,
                        results.isEmpty() ? null : results,
                        null,
                        null,
                        null,
                        null));
    }
}
