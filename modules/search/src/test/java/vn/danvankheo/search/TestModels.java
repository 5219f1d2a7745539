package vn.danvankheo.search;

import java.util.List;
import java.util.UUID;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;

/** A youth union's model in Ba Đình, published by the platform: the plainest model a search test can index. */
final class TestModels {

    private TestModels() {}

    static ModelView published(ModelWrites writes, UnitRegistry units, String slugPrefix, String name) {
        return published(writes, units, slugPrefix, name, 2024, 21.03, 105.84);
    }

    /** The same model, started in this year, at this place (still in Ba Đình's records). */
    static ModelView published(
            ModelWrites writes,
            UnitRegistry units,
            String slugPrefix,
            String name,
            int yearStarted,
            double latitude,
            double longitude) {
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                slugPrefix + UUID.randomUUID().toString().substring(0, 8),
                                TestUnits.of(units, "Đoàn Thanh niên", "00004"),
                                new ModelProfile(
                                        name,
                                        "Đoàn Thanh niên",
                                        OwnerKind.COLLECTIVE,
                                        Field.CULTURE_SOCIETY_PEOPLE,
                                        yearStarted,
                                        "Tóm tắt.",
                                        "<p>Câu chuyện.</p>"),
                                new ModelLocation(latitude, longitude, "00004"),
                                List.of(),
                                null,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }
}
