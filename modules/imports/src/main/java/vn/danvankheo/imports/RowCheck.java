package vn.danvankheo.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.danvankheo.accounts.WritePolicy.Action;
import vn.danvankheo.accounts.WritePolicy.ModelPlace;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelNames;
import vn.danvankheo.catalog.ModelPart;
import vn.danvankheo.catalog.ModelProblem;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.imports.ImportReport.Problem;
import vn.danvankheo.imports.ImportReport.Severity;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.LocalityCheck;
import vn.danvankheo.places.VietnameseText;
import vn.danvankheo.places.coordinates.InvalidCoordinateException;
import vn.danvankheo.places.coordinates.ReadCoordinate;

/** Every check of one row; its problems are collected, not thrown, so that the report lists them all. */
final class RowCheck {

    private final SheetRow row;
    private final ColumnMapping mapping;
    private final RowRules rules;
    private final List<Problem> problems = new ArrayList<>();
    private String name;
    private AdminUnit commune;
    private Double latitude;
    private Double longitude;
    private FieldNames.Reading field;
    private StartYear.Reading year;

    RowCheck(SheetRow row, ColumnMapping mapping, RowRules rules) {
        this.row = row;
        this.mapping = mapping;
        this.rules = rules;
    }

    Optional<ImportedModel> run() {
        name = required(ImportTarget.NAME, "Chưa ghi tên mô hình.");
        String owner = required(ImportTarget.OWNER, "Chưa ghi đơn vị, tập thể hoặc cá nhân thực hiện mô hình.");
        OwnerKind ownerKind = ownerKind();
        if (mapping.has(ImportTarget.FIELD)) {
            field = FieldNames.read(value(ImportTarget.FIELD));
            report(ImportTarget.FIELD, Severity.ERROR, field.problem());
            report(ImportTarget.FIELD, Severity.WARNING, field.note());
        }
        if (mapping.has(ImportTarget.START)) {
            year = StartYear.read(value(ImportTarget.START), rules.latestYear());
            report(ImportTarget.START, Severity.ERROR, year.problem());
        }
        if (mapping.has(ImportTarget.COMMUNE)) {
            CommuneNames.Reading reading =
                    rules.communes().read(value(ImportTarget.COMMUNE), value(ImportTarget.PROVINCE));
            report(ImportTarget.COMMUNE, Severity.ERROR, reading.problem());
            report(ImportTarget.COMMUNE, Severity.WARNING, reading.note());
            commune = reading.commune();
        }
        place();
        checkPermission();
        checkDuplicates();
        String summary = summary(owner);
        String story = story(summary);
        if (!clean() || name == null || owner == null || field == null || year == null || commune == null) {
            return Optional.empty();
        }
        ImportedModel model = new ImportedModel(
                row.number(),
                new ModelProfile(name, owner, ownerKind, field.field(), year.year(), summary, story),
                new ModelLocation(latitude, longitude, commune.code()),
                value(ImportTarget.RESULTS).strip(),
                VietnameseText.fold(value(ImportTarget.CONTINUATION)).contains("tiep tuc"));
        checkAsTheCatalogWill(model);
        return clean() ? Optional.of(model) : Optional.empty();
    }

    private boolean clean() {
        return problems.stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
    }

    /**
     * The catalog's own check of the model the row gives, so a dry run passes exactly when registration will; the
     * registering unit is the file's concern, reported once for the whole file.
     */
    private void checkAsTheCatalogWill(ImportedModel model) {
        for (ModelProblem problem : rules.modelCheck()
                .problems(model.toNewModel(null, rules.account().unitId()))) {
            if (problem.part() != ModelPart.REGISTERING_UNIT) {
                report(columnOf(problem.part()), Severity.ERROR, problem.message());
            }
        }
    }

    private static ImportTarget columnOf(ModelPart part) {
        return switch (part) {
            case OWNER -> ImportTarget.OWNER;
            case OWNER_KIND -> ImportTarget.OWNER_KIND;
            case FIELD -> ImportTarget.FIELD;
            case SUMMARY -> ImportTarget.SUMMARY;
            case STORY -> ImportTarget.RESULTS;
            case YEAR_STARTED -> ImportTarget.START;
            case LOCATION -> ImportTarget.COORDINATES;
            default -> ImportTarget.NAME;
        };
    }

    /** What {@link #run()} found, in the order it checked. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    ImportReport.Row summary() {
        return new ImportReport.Row(
                row.number(),
                name,
                commune == null ? null : commune.code(),
                commune == null ? null : commune.fullName(),
                latitude,
                longitude,
                field == null ? null : field.field(),
                year == null ? null : year.year(),
                problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR));
    }

    private OwnerKind ownerKind() {
        String kind = VietnameseText.fold(value(ImportTarget.OWNER_KIND));
        if (kind.isEmpty() || kind.contains("tap the")) {
            return OwnerKind.COLLECTIVE;
        }
        if (kind.contains("ca nhan")) {
            return OwnerKind.INDIVIDUAL;
        }
        report(
                ImportTarget.OWNER_KIND,
                Severity.ERROR,
                "Loại chủ thể \"" + value(ImportTarget.OWNER_KIND) + "\" phải là \"Tập thể\" hoặc \"Cá nhân\".");
        return OwnerKind.COLLECTIVE;
    }

    /** Coordinates as given, checked against the commune; without any, the commune's label point, said so. */
    private void place() {
        Optional<String> given = coordinateText();
        if (given.isPresent()) {
            ImportTarget column = mapping.has(ImportTarget.COORDINATES)
                            && !value(ImportTarget.COORDINATES).isEmpty()
                    ? ImportTarget.COORDINATES
                    : ImportTarget.LATITUDE;
            try {
                ReadCoordinate point = rules.coordinates().read(given.get());
                latitude = point.latitude();
                longitude = point.longitude();
                point.notes().forEach(note -> report(column, Severity.WARNING, note));
            } catch (InvalidCoordinateException e) {
                report(column, Severity.ERROR, e.getMessage());
                return;
            }
            if (commune != null) {
                LocalityCheck check = rules.localities().check(commune, latitude, longitude);
                if (!check.agrees()) {
                    report(column, Severity.ERROR, check.message());
                }
            }
            return;
        }
        if (commune != null) {
            rules.units().labelPoint(commune.code()).ifPresent(point -> {
                latitude = point.latitude();
                longitude = point.longitude();
                report(
                        ImportTarget.COORDINATES,
                        Severity.WARNING,
                        String.format(
                                Locale.ROOT,
                                "Chưa có tọa độ: mô hình được đặt tạm tại điểm giữa của %s (%.5f, %.5f). Hãy"
                                        + " đánh dấu đúng vị trí trên bản đồ sau khi nhập.",
                                commune.fullName(),
                                latitude,
                                longitude));
            });
        }
    }

    private Optional<String> coordinateText() {
        String together = value(ImportTarget.COORDINATES);
        if (!together.isEmpty()) {
            return Optional.of(together);
        }
        String lat = value(ImportTarget.LATITUDE);
        String lon = value(ImportTarget.LONGITUDE);
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        if (lat.isEmpty() || lon.isEmpty()) {
            report(
                    lat.isEmpty() ? ImportTarget.LATITUDE : ImportTarget.LONGITUDE,
                    Severity.ERROR,
                    "Có " + (lat.isEmpty() ? "kinh độ" : "vĩ độ") + " nhưng thiếu "
                            + (lat.isEmpty() ? "vĩ độ" : "kinh độ") + ".");
            return Optional.empty();
        }
        return Optional.of(lat + "; " + lon);
    }

    private void checkPermission() {
        if (commune == null || rules.account().unitId() == null) {
            return;
        }
        ModelPlace place = new ModelPlace(
                commune.provinceCode(), commune.code(), rules.account().unitId());
        if (!rules.policy().permits(rules.account(), Action.EDIT_MODEL, place)) {
            report(
                    ImportTarget.COMMUNE,
                    Severity.ERROR,
                    "Tài khoản của bạn (" + rules.account().role().labelVi() + ") không được đăng ký mô hình tại "
                            + commune.fullName() + ".");
        }
    }

    private void checkDuplicates() {
        if (name == null || commune == null) {
            return;
        }
        String key = ModelNames.comparable(name) + "@" + commune.code();
        Integer earlier = rules.namesInFile().putIfAbsent(key, row.number());
        if (earlier != null) {
            report(
                    ImportTarget.NAME,
                    Severity.ERROR,
                    "Trùng với dòng " + earlier + " của tệp: cùng tên mô hình, cùng " + commune.fullName() + ".");
        }
        if (latitude == null) {
            return;
        }
        for (ModelView existing : rules.catalog().similar(name, commune.code(), latitude, longitude)) {
            report(
                    ImportTarget.NAME,
                    Severity.ERROR,
                    "Có thể trùng với mô hình \"" + existing.profile().name() + "\" đã có trên bản đồ ("
                            + existing.locality().communeName()
                            + ", /mo-hinh/" + existing.slug()
                            + "). Nếu là mô hình tiếp tục, hãy bỏ dòng này khỏi tệp"
                            + " và cập nhật mô hình đã có.");
        }
    }

    private String summary(String owner) {
        String content = value(ImportTarget.SUMMARY);
        if (!content.isEmpty()) {
            return content;
        }
        if (owner == null || commune == null) {
            return null;
        }
        String written = "Mô hình do " + owner + " thực hiện tại " + commune.fullName() + ".";
        report(
                ImportTarget.SUMMARY,
                Severity.WARNING,
                "Chưa có nội dung, mục tiêu: phần tóm tắt được ghi tạm \"" + written + "\". Hãy bổ sung sau khi"
                        + " nhập.");
        return written;
    }

    /** The annex's other columns, each under its heading, so that nothing written in the file is lost. */
    private String story(String summary) {
        StringBuilder story = new StringBuilder();
        for (ImportTarget part :
                List.of(ImportTarget.SUMMARY, ImportTarget.RESULTS, ImportTarget.CONTINUATION, ImportTarget.NOTE)) {
            String text = value(part);
            if (!text.isEmpty()) {
                story.append(story.isEmpty() ? "" : "\n\n")
                        .append(mapping.headerOf(part))
                        .append(": ")
                        .append(text);
            }
        }
        return story.isEmpty() ? summary : story.toString();
    }

    private String required(ImportTarget target, String message) {
        if (!mapping.has(target)) {
            return null;
        }
        String text = value(target);
        if (text.isEmpty()) {
            report(target, Severity.ERROR, message);
            return null;
        }
        return text;
    }

    private String value(ImportTarget target) {
        return mapping.columnOf(target).map(row::cell).orElse("");
    }

    private void report(ImportTarget target, Severity severity, String message) {
        if (message != null) {
            problems.add(new Problem(row.number(), mapping.headerOf(target), severity, message));
        }
    }
}
