package vn.danvankheo.catalog;

import java.util.List;
import java.util.UUID;

final class SampleModels {

    private SampleModels() {}

    /** Phường Ba Đình, Hà Nội: a real commune code and a point inside it. */
    static NewModel baDinh(String slug) {
        return new NewModel(
                slug,
                "Tổ dân phố tự quản về an ninh trật tự",
                "Chi bộ tổ dân phố số 5",
                OwnerKind.COLLECTIVE,
                "Chi bộ tổ dân phố số 5",
                Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS,
                new NewModel.Location(21.0368, 105.8342, "00004"),
                2025,
                "Người dân cùng giữ gìn an ninh trật tự trong khu phố.",
                "Đoạn thứ nhất.\n\nĐoạn thứ hai.",
                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Họp tổ dân phố", "Ảnh: tổ dân phố")));
    }

    /** The same model under another name. */
    static NewModel named(NewModel model, String name) {
        return new NewModel(
                model.slug(),
                name,
                model.ownerName(),
                model.ownerKind(),
                model.registeringUnit(),
                model.field(),
                model.location(),
                model.yearStarted(),
                model.summary(),
                model.story(),
                model.photos());
    }

    /** The same model, given at another place. */
    static NewModel at(NewModel model, NewModel.Location location) {
        return new NewModel(
                model.slug(),
                model.name(),
                model.ownerName(),
                model.ownerKind(),
                model.registeringUnit(),
                model.field(),
                location,
                model.yearStarted(),
                model.summary(),
                model.story(),
                model.photos());
    }
}
