package vn.danvankheo.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a new model before anything is stored; every message names the field in the words of the form. */
class ModelRules {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");

    private final Clock clock;
    private final DetailsRules details = new DetailsRules();

    ModelRules(Clock clock) {
        this.clock = clock;
    }

    void check(NewModel model) {
        List<ModelProblem> problems = problems(model);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems.get(0).message());
        }
    }

    /** Each part is checked on its own, so that one mistake does not hide the next; in the order of the form. */
    List<ModelProblem> problems(NewModel model) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<ModelPart, Runnable> parts = new LinkedHashMap<>();
        parts.put(
                ModelPart.SLUG,
                () -> require(
                        model.slug() == null
                                || model.slug().length() <= 120
                                        && SLUG.matcher(model.slug()).matches(),
                        "Đường dẫn (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, tối đa 120 ký tự."));
        parts.put(ModelPart.NAME, () -> requireText(model.profile().name(), ModelLimits.NAME_LENGTH, "Tên mô hình"));
        parts.put(
                ModelPart.OWNER,
                () -> requireText(model.profile().ownerName(), ModelLimits.NAME_LENGTH, "Chủ thể mô hình"));
        parts.put(
                ModelPart.REGISTERING_UNIT,
                () -> require(model.registeringUnitId() != null, "Chưa chọn cơ quan, đơn vị đăng ký."));
        parts.put(
                ModelPart.OWNER_KIND,
                () -> require(model.profile().ownerKind() != null, "Chưa chọn loại chủ thể (tập thể hoặc cá nhân)."));
        parts.put(ModelPart.FIELD, () -> require(model.profile().field() != null, "Chưa chọn lĩnh vực của mô hình."));
        parts.put(
                ModelPart.SUMMARY, () -> requireText(model.profile().summary(), ModelLimits.SUMMARY_LENGTH, "Tóm tắt"));
        parts.put(ModelPart.STORY, () -> checkStory(model.profile().story()));
        parts.put(ModelPart.DETAILS, () -> details.check(model.details()));
        parts.put(ModelPart.YEAR_STARTED, () -> checkYear(model.profile().yearStarted()));
        parts.put(ModelPart.LOCATION, () -> checkLocation(model.location()));
        parts.put(
                ModelPart.PHOTOS,
                () -> model.photos().forEach(photo -> {
                    require(photo.mediaId() != null, "Ảnh chưa được tải lên kho lưu trữ.");
                    DetailsRules.optionalText(photo.caption(), 500, "Chú thích ảnh");
                    DetailsRules.optionalText(photo.credit(), 300, "Tác giả ảnh");
                }));
        parts.forEach((part, check) -> {
            try {
                check.run();
            } catch (InvalidModelException e) {
                problems.add(new ModelProblem(part, e.getMessage()));
            }
        });
        return problems;
    }

    /** The same rules as at registration, for the parts an edit changes. */
    void check(ModelEdit edit) {
        if (edit.profile().name() != null) {
            requireText(edit.profile().name(), ModelLimits.NAME_LENGTH, "Tên mô hình");
        }
        if (edit.profile().ownerName() != null) {
            requireText(edit.profile().ownerName(), ModelLimits.NAME_LENGTH, "Chủ thể mô hình");
        }
        if (edit.profile().summary() != null) {
            requireText(edit.profile().summary(), ModelLimits.SUMMARY_LENGTH, "Tóm tắt");
        }
        if (edit.profile().story() != null) {
            checkStory(edit.profile().story());
        }
        if (edit.details() != null) {
            details.check(edit.details());
        }
        if (edit.profile().yearStarted() != null) {
            checkYear(edit.profile().yearStarted());
        }
    }

    static void checkReason(String reason) {
        requireText(reason, 2_000, "Lý do trả lại");
    }

    /** Limits apply to what the reader gets: markup that the sanitiser drops neither fills a story nor counts. */
    private static void checkStory(String story) {
        require(story != null && story.length() <= 200_000, "Câu chuyện mô hình dài quá giới hạn cho phép.");
        String text = StoryHtml.text(StoryHtml.sanitize(story));
        require(!text.isBlank(), "Câu chuyện mô hình không được để trống.");
        require(
                text.length() <= ModelLimits.STORY_LENGTH,
                "Câu chuyện mô hình dài quá " + ModelLimits.STORY_LENGTH + " ký tự.");
    }

    private void checkYear(Integer year) {
        int latestYear = ModelLimits.latestYear(clock);
        require(
                year != null && year >= ModelLimits.FIRST_YEAR && year <= latestYear,
                "Năm bắt đầu phải từ " + ModelLimits.FIRST_YEAR + " đến " + latestYear + ".");
    }

    private void checkLocation(ModelLocation location) {
        require(
                Double.isFinite(location.latitude()) && Math.abs(location.latitude()) <= 90,
                "Vĩ độ phải là số trong khoảng -90 đến 90.");
        require(
                Double.isFinite(location.longitude()) && Math.abs(location.longitude()) <= 180,
                "Kinh độ phải là số trong khoảng -180 đến 180.");
        require(
                location.communeCode() != null
                        && COMMUNE_CODE.matcher(location.communeCode()).matches(),
                "Mã xã, phường, đặc khu phải gồm 5 chữ số.");
    }

    private static void requireText(String value, int maxLength, String label) {
        DetailsRules.requiredText(value, maxLength, label);
    }

    private static void require(boolean condition, String message) {
        DetailsRules.require(condition, message);
    }
}
