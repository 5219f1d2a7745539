package vn.danvankheo.catalog;

import java.util.List;
import java.util.UUID;

final class SampleModels {

    /** "Chi bộ tổ dân phố số 5" of Phường Ba Đình: every catalog integration test finds it recorded. */
    static final UUID UNIT = UUID.fromString("5a3e0b7c-0000-4000-8000-000000000005");

    private SampleModels() {}

    /** Phường Ba Đình, Hà Nội: a real commune code and a point inside it. */
    static NewModel baDinh(String slug) {
        return new NewModel(
                slug,
                UNIT,
                new ModelProfile(
                        "Tổ dân phố tự quản về an ninh trật tự",
                        "Chi bộ tổ dân phố số 5",
                        OwnerKind.COLLECTIVE,
                        Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS,
                        2025,
                        "Người dân cùng giữ gìn an ninh trật tự trong khu phố.",
                        "Đoạn thứ nhất.\n\nĐoạn thứ hai."),
                new ModelLocation(21.0368, 105.8342, "00004"),
                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Họp tổ dân phố", "Ảnh: tổ dân phố")),
                null,
                null);
    }

    /** A model of one person, with the whole plan filled in and a press contact who did not agree to be public. */
    static NewModel withPlan(String slug) {
        NewModel base = baDinh(slug);
        return new NewModel(
                slug,
                base.registeringUnitId(),
                new ModelProfile(
                        "Bữa cơm nghĩa tình cho bệnh nhân nghèo",
                        "Nguyễn Thị Hoa",
                        OwnerKind.INDIVIDUAL,
                        Field.CULTURE_SOCIETY_PEOPLE,
                        2024,
                        "Mỗi tuần 300 suất cơm cho người bệnh khó khăn.",
                        "<p>Chị Hoa <em>vận động</em> bà con góp gạo.</p><script>alert(1)</script>"),
                base.location(),
                List.of(),
                details(OwnerDisclosure.INITIALS, List.of("bếp ăn", "y tế")),
                null);
    }

    static ModelDetails details(OwnerDisclosure disclosure, List<String> tags) {
        var plan = new ModelPlan(
                "Nhiều bệnh nhân nghèo ở xa không đủ tiền ăn khi điều trị.",
                List.of(new ModelPlan.Goal(
                        "Bảo đảm bữa ăn cho bệnh nhân nghèo",
                        List.of(new ModelPlan.Indicator(
                                "Suất cơm mỗi tuần",
                                "suất",
                                new java.math.BigDecimal("120"),
                                new java.math.BigDecimal("300"),
                                new java.math.BigDecimal("250.5"))))),
                "Vận động hộ gia đình góp gạo, rau; đoàn viên nấu và phát cơm.",
                "Bệnh viện trên địa bàn phường",
                "Bệnh nhân và người nhà có hoàn cảnh khó khăn",
                List.of("Hội Liên hiệp Phụ nữ phường", "Đoàn Thanh niên phường"),
                new ModelPlan.Resources("Gạo, rau, nhân công tình nguyện", 0L, 45_000_000L),
                List.of(new ModelPlan.Milestone(
                        java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 3, 31), "Lập danh sách")),
                List.of(java.time.LocalDate.of(2026, 6, 30)),
                new ModelPlan.PersonInCharge("Trần Văn Bình", "Phó Chủ tịch Hội Phụ nữ phường"));
        return new ModelDetails(
                disclosure,
                true,
                plan,
                "Đã phát 9.000 suất cơm.",
                tags,
                List.of(new ModelDetails.Site(21.0301, 105.8360, "Điểm phát cơm thứ hai")),
                List.of(),
                new ModelDetails.PressContact("Nguyễn Thị Hoa", "0912 345 678", "hoa@example.vn", false));
    }

    /** The same model under another name. */
    static NewModel named(NewModel model, String name) {
        ModelProfile profile = model.profile();
        return copy(
                model,
                new ModelProfile(
                        name,
                        profile.ownerName(),
                        profile.ownerKind(),
                        profile.field(),
                        profile.yearStarted(),
                        profile.summary(),
                        profile.story()),
                model.location(),
                model.details(),
                null);
    }

    /** The same model, given at another place. */
    static NewModel at(NewModel model, ModelLocation location) {
        return copy(model, model.profile(), location, model.details(), null);
    }

    /** The same model with other details. */
    static NewModel withDetails(NewModel model, ModelDetails details) {
        return copy(model, model.profile(), model.location(), details, null);
    }

    /** The same model, naming the model it replicates. */
    static NewModel replicating(NewModel model, UUID original) {
        return copy(model, model.profile(), model.location(), model.details(), original);
    }

    private static NewModel copy(
            NewModel model, ModelProfile profile, ModelLocation location, ModelDetails details, UUID replicates) {
        return new NewModel(
                model.slug(), model.registeringUnitId(), profile, location, model.photos(), details, replicates);
    }
}
