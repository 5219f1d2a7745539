package vn.danvankheo.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.NewModel;

/**
 * One entry of data/demo/models.json; see data/demo/SOURCES.md for where each value comes from. The owner collectives
 * registered their own models: {@code unit} is the key of the owner's entry in units.json. The file names the commune
 * and province for its reader; the catalog names them from the commune's code. {@code replicates} is the slug of the
 * model it learned from, which comes earlier in the file; {@code photo} may be absent.
 */
@JsonIgnoreProperties({"communeName", "provinceCode", "provinceName"})
record DemoModel(
        String slug,
        String unit,
        @JsonUnwrapped ModelProfile profile,
        @JsonUnwrapped ModelLocation place,
        DemoPhoto photo,
        ModelDetails details,
        String replicates) {

    record DemoPhoto(String file, String caption, String credit) {}

    NewModel toNewModel(UUID unitId, List<NewModel.NewPhoto> photos, UUID original) {
        return new NewModel(slug, unitId, profile, place, photos, details, original);
    }
}
