package vn.danvankheo.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import vn.danvankheo.catalog.ModelDetails.PressContact;
import vn.danvankheo.catalog.ModelDetails.Site;
import vn.danvankheo.catalog.ModelPlan.Goal;
import vn.danvankheo.catalog.ModelPlan.Indicator;
import vn.danvankheo.catalog.ModelPlan.Milestone;

/** Checks the plan and the other details; each message names the part in the words of the registration form. */
final class DetailsRules {

    private static final int LONG_TEXT = 10_000;
    private static final BigDecimal LARGEST_VALUE = new BigDecimal("1e15");
    private static final LocalDate EARLIEST = LocalDate.of(1930, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** Viet Nam with its islands, Trường Sa included, with a margin: a first screen before the locality check. */
    private static final double SOUTH = 6.0, NORTH = 23.5, WEST = 102.0, EAST = 117.9;

    private final GeometryFactory geometry = new GeometryFactory();

    void check(ModelDetails details) {
        optionalText(details.results(), 20_000, "Kết quả đạt được");
        checkTags(details.tags());
        checkPlan(details.plan());
        checkSites(details.sites());
        checkArea(details.area());
        if (details.pressContact() != null) {
            checkPressContact(details.pressContact());
        }
    }

    private void checkPlan(ModelPlan plan) {
        optionalText(plan.situation(), LONG_TEXT, "Sự cần thiết, thực trạng");
        optionalText(plan.methods(), LONG_TEXT, "Nội dung, cách làm");
        optionalText(plan.scope(), LONG_TEXT, "Phạm vi");
        optionalText(plan.beneficiaries(), LONG_TEXT, "Đối tượng thụ hưởng");
        atMost(plan.goals(), 20, "mục tiêu");
        for (int i = 0; i < plan.goals().size(); i++) {
            checkGoal(plan.goals().get(i), i + 1);
        }
        atMost(plan.partners(), 50, "lực lượng phối hợp");
        plan.partners().forEach(partner -> requiredText(partner, 300, "Tên lực lượng phối hợp"));
        if (plan.resources() != null) {
            optionalText(plan.resources().description(), LONG_TEXT, "Nguồn lực");
            notNegative(plan.resources().stateFundingVnd(), "Kinh phí nhà nước");
            notNegative(plan.resources().socialisedFundingVnd(), "Kinh phí xã hội hoá");
        }
        atMost(plan.schedule(), 100, "mốc tiến độ");
        plan.schedule().forEach(this::checkMilestone);
        atMost(plan.reviewDates(), 50, "ngày sơ kết, đánh giá");
        plan.reviewDates().forEach(date -> checkDate(date, "Ngày sơ kết, đánh giá"));
        if (plan.personInCharge() != null) {
            requiredText(plan.personInCharge().name(), 200, "Họ tên người phụ trách");
            optionalText(plan.personInCharge().position(), 200, "Chức vụ người phụ trách");
        }
    }

    private void checkGoal(Goal goal, int number) {
        requiredText(goal.description(), 1_000, "Mục tiêu " + number);
        atMost(goal.indicators(), 20, "chỉ tiêu của mục tiêu " + number);
        for (Indicator indicator : goal.indicators()) {
            requiredText(indicator.name(), 300, "Tên chỉ tiêu của mục tiêu " + number);
            optionalText(
                    indicator.unit(),
                    50,
                    "Đơn vị tính của chỉ tiêu \"" + indicator.name().strip() + "\"");
            String label = "chỉ tiêu \"" + indicator.name().strip() + "\"";
            checkValue(indicator.baseline(), "Giá trị ban đầu của " + label);
            checkValue(indicator.target(), "Giá trị mục tiêu của " + label);
            checkValue(indicator.actual(), "Giá trị đạt được của " + label);
        }
    }

    private void checkMilestone(Milestone milestone) {
        requiredText(milestone.activity(), 1_000, "Nội dung mốc tiến độ");
        require(
                milestone.from() != null,
                "Mốc tiến độ \"" + milestone.activity().strip() + "\" chưa có ngày bắt đầu.");
        checkDate(milestone.from(), "Ngày bắt đầu mốc tiến độ");
        if (milestone.to() != null) {
            checkDate(milestone.to(), "Ngày kết thúc mốc tiến độ");
            require(
                    !milestone.to().isBefore(milestone.from()),
                    "Mốc tiến độ \"" + milestone.activity().strip() + "\" kết thúc trước khi bắt đầu.");
        }
    }

    private void checkTags(List<String> tags) {
        atMost(tags, 20, "thẻ");
        tags.forEach(tag -> require(tag.length() <= 40, "Thẻ \"" + tag + "\" dài quá 40 ký tự."));
    }

    private void checkSites(List<Site> sites) {
        atMost(sites, 50, "địa điểm thực hiện");
        sites.forEach(site -> {
            checkPoint(site, "Địa điểm thực hiện");
            optionalText(site.label(), 200, "Tên địa điểm thực hiện");
        });
    }

    private void checkArea(List<Site> area) {
        if (area.isEmpty()) {
            return;
        }
        require(area.size() >= 3, "Vùng thực hiện cần ít nhất 3 đỉnh.");
        atMost(area, 2_000, "đỉnh của vùng thực hiện");
        area.forEach(corner -> checkPoint(corner, "Đỉnh của vùng thực hiện"));
        Coordinate[] ring = new Coordinate[area.size() + 1];
        for (int i = 0; i < area.size(); i++) {
            ring[i] = new Coordinate(area.get(i).longitude(), area.get(i).latitude());
        }
        ring[area.size()] = ring[0];
        Polygon polygon = geometry.createPolygon(ring);
        require(
                polygon.isValid() && polygon.getArea() > 0,
                "Vùng thực hiện không hợp lệ: các cạnh cắt nhau hoặc các đỉnh thẳng hàng.");
    }

    private static void checkPoint(Site point, String label) {
        require(
                Double.isFinite(point.latitude())
                        && Double.isFinite(point.longitude())
                        && point.latitude() >= SOUTH
                        && point.latitude() <= NORTH
                        && point.longitude() >= WEST
                        && point.longitude() <= EAST,
                label + " (" + point.latitude() + ", " + point.longitude() + ") nằm ngoài lãnh thổ Việt Nam.");
    }

    private static void checkPressContact(PressContact contact) {
        requiredText(contact.name(), 200, "Họ tên người liên hệ báo chí");
        boolean hasPhone = contact.phone() != null && !contact.phone().isBlank();
        boolean hasEmail = contact.email() != null && !contact.email().isBlank();
        require(hasPhone || hasEmail, "Người liên hệ báo chí cần có số điện thoại hoặc thư điện tử.");
        require(
                !hasPhone || PHONE.matcher(contact.phone().strip()).matches(),
                "Số điện thoại liên hệ báo chí không hợp lệ.");
        require(
                !hasEmail
                        || (contact.email().strip().length() <= 254
                                && EMAIL.matcher(contact.email().strip()).matches()),
                "Thư điện tử liên hệ báo chí không hợp lệ.");
    }

    private static void checkValue(BigDecimal value, String label) {
        require(value == null || value.abs().compareTo(LARGEST_VALUE) < 0, label + " quá lớn.");
    }

    private static void notNegative(Long amount, String label) {
        require(amount == null || amount >= 0, label + " không được âm.");
    }

    private static void checkDate(LocalDate date, String label) {
        require(
                date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST),
                label + " phải trong khoảng năm 1930 đến 2100.");
    }

    private static void atMost(List<?> items, int limit, String what) {
        require(items.size() <= limit, "Nhiều nhất " + limit + " " + what + ".");
        require(items.stream().allMatch(java.util.Objects::nonNull), "Danh sách " + what + " có mục trống.");
    }

    static void requiredText(String value, int maxLength, String label) {
        require(value != null && !value.isBlank(), label + " không được để trống.");
        require(value.strip().length() <= maxLength, label + " dài quá " + maxLength + " ký tự.");
    }

    static void optionalText(String value, int maxLength, String label) {
        require(value == null || value.strip().length() <= maxLength, label + " dài quá " + maxLength + " ký tự.");
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidModelException(message);
        }
    }
}
