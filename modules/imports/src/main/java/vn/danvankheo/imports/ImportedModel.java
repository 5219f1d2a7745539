package vn.danvankheo.imports;

import java.util.List;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.NewModel;
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
        String story) {

    NewModel toNewModel(String slug, String registeringUnit) {
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
                List.of());
    }
}
