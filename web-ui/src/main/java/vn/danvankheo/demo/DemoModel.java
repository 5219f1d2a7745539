package vn.danvankheo.demo;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/**
 * One entry of data/demo/models.json; see data/demo/SOURCES.md for where each value comes from. The owner collectives
 * registered their own models: {@code unit} is the key of the owner's entry in units.json.
 */
record DemoModel(
        String slug,
        String name,
        String ownerName,
        OwnerKind ownerKind,
        String unit,
        Field field,
        String communeCode,
        String communeName,
        String provinceCode,
        String provinceName,
        double latitude,
        double longitude,
        int yearStarted,
        String summary,
        String story,
        DemoPhoto photo,
        ModelDetails details) {

    record DemoPhoto(String file, String caption, String credit) {}

    NewModel toNewModel(UUID unitId, List<NewModel.NewPhoto> photos) {
        return new NewModel(
                slug,
                name,
                ownerName,
                ownerKind,
                unitId,
                field,
                new NewModel.Location(latitude, longitude, communeCode),
                yearStarted,
                summary,
                story,
                photos,
                details);
    }
}
