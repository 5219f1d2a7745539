package vn.danvankheo.catalog;

import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;

/** Checks a new model before anything is stored; every message names the field in the words of the form. */
class ModelRules {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");
    private static final int FIRST_YEAR = 1930;

    private final Clock clock;
    private final DetailsRules details = new DetailsRules();

    ModelRules(Clock clock) {
        this.clock = clock;
    }

    void check(NewModel model) {
        require(
                model.slug() != null
                        && model.slug().length() <= 120
                        && SLUG.matcher(model.slug()).matches(),
                "Đường dẫn (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, tối đa 120 ký tự.");
        requireText(model.name(), 300, "Tên mô hình");
        requireText(model.ownerName(), 300, "Chủ thể mô hình");
        require(model.registeringUnitId() != null, "Chưa chọn cơ quan, đơn vị đăng ký.");
        require(model.ownerKind() != null, "Chưa chọn loại chủ thể (tập thể hoặc cá nhân).");
        require(model.field() != null, "Chưa chọn lĩnh vực của mô hình.");
        requireText(model.summary(), 2_000, "Tóm tắt");
        checkStory(model.story());
        details.check(model.details());
        checkYear(model.yearStarted());
        checkLocation(model.location());
        model.photos().forEach(photo -> {
            require(photo.mediaId() != null, "Ảnh chưa được tải lên kho lưu trữ.");
            DetailsRules.optionalText(photo.caption(), 500, "Chú thích ảnh");
            DetailsRules.optionalText(photo.credit(), 300, "Tác giả ảnh");
        });
    }

    /** The same rules as at registration, for the parts an edit changes. */
    void check(ModelEdit edit) {
        if (edit.name() != null) {
            requireText(edit.name(), 300, "Tên mô hình");
        }
        if (edit.ownerName() != null) {
            requireText(edit.ownerName(), 300, "Chủ thể mô hình");
        }
        if (edit.summary() != null) {
            requireText(edit.summary(), 2_000, "Tóm tắt");
        }
        if (edit.story() != null) {
            checkStory(edit.story());
        }
        if (edit.details() != null) {
            details.check(edit.details());
        }
        if (edit.yearStarted() != null) {
            checkYear(edit.yearStarted());
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
        require(text.length() <= 50_000, "Câu chuyện mô hình dài quá 50000 ký tự.");
    }

    private void checkYear(int year) {
        int latestYear = Year.now(clock).getValue() + 1;
        require(
                year >= FIRST_YEAR && year <= latestYear,
                "Năm bắt đầu phải từ " + FIRST_YEAR + " đến " + latestYear + ".");
    }

    private void checkLocation(NewModel.Location location) {
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
