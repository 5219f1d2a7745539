package vn.danvankheo.recognition.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.CriteriaSet;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/** Turns what people wrote into a campaign, or refuses it with the first thing to fix, in Vietnamese. */
final class CampaignRules {

    private final CriteriaCatalogue criteria;
    private final AdminUnits units;
    private final UnitRegistry unitRegistry;

    CampaignRules(CriteriaCatalogue criteria, AdminUnits units, UnitRegistry unitRegistry) {
        this.criteria = criteria;
        this.units = units;
        this.unitRegistry = unitRegistry;
    }

    Campaign check(NewCampaign given) {
        RecognitionLevel level = level(given.level());
        if (given.year() == null || given.year() < 2000 || given.year() > 2100) {
            throw new InvalidRecognitionRequestException("Năm của đợt thi đua phải là một năm từ 2000 đến 2100.");
        }
        int year = given.year();
        String title = required(given.title(), "tên đợt thi đua (kế hoạch)");
        if (given.organiserId() == null) {
            throw new InvalidRecognitionRequestException("Thiếu cơ quan, đơn vị phát động.");
        }
        Unit organiser = unitRegistry
                .find(given.organiserId())
                .orElseThrow(() -> new InvalidRecognitionRequestException(
                        "Không có cơ quan, đơn vị phát động " + given.organiserId() + "."));
        checkPlace(given.provinceCode(), given.communeCode());
        Scope place = new Scope(blankToNull(given.provinceCode()), blankToNull(given.communeCode()));
        if (!organiser.scope().contains(place)) {
            throw new InvalidRecognitionRequestException("Địa bàn của đợt thi đua phải ở trong địa bàn của "
                    + organiser.name() + " (" + unitRegistry.describe(organiser.scope()) + ").");
        }
        CriteriaSet set = criteriaSet(given.criteriaSetId(), level, year);
        if (given.deadlines() == null) {
            throw new InvalidRecognitionRequestException(
                    "Thiếu các hạn: tổng hợp đăng ký, báo cáo 6 tháng, đề nghị cấp trên, báo cáo năm.");
        }
        var deadlines = new CampaignDeadlines(
                inYear("tổng hợp đăng ký (phụ lục 01)", given.deadlines().registrationSummary(), year),
                inYear("báo cáo 6 tháng", given.deadlines().sixMonthReport(), year),
                inYear("giới thiệu, đề nghị cấp trên", given.deadlines().nominations(), year),
                inYear("báo cáo năm", given.deadlines().annualReport(), year));
        LatePolicy late = latePolicy(given.latePolicy());
        int evaluators = given.minEvaluators() == null ? 2 : given.minEvaluators();
        if (evaluators < 1 || evaluators > 20) {
            throw new InvalidRecognitionRequestException("Số người đánh giá tối thiểu phải từ 1 đến 20.");
        }
        CampaignTargets targets = given.targets() == null ? new CampaignTargets(100, 1) : given.targets();
        if (targets.unitsWithModelPercent() < 0 || targets.unitsWithModelPercent() > 100) {
            throw new InvalidRecognitionRequestException("Chỉ tiêu tỷ lệ đơn vị có mô hình phải từ 0% đến 100%.");
        }
        if (targets.nominations() < 0) {
            throw new InvalidRecognitionRequestException("Chỉ tiêu số mô hình đề nghị cấp trên không được âm.");
        }
        return new Campaign(
                UUID.randomUUID(),
                level,
                year,
                title,
                organiser.id(),
                organiser.name(),
                blankToNull(given.provinceCode()),
                blankToNull(given.communeCode()),
                set.id(),
                deadlines,
                late,
                evaluators,
                targets,
                unitRegistry.children(organiser.id()));
    }

    private static RecognitionLevel level(String level) {
        try {
            return RecognitionLevel.valueOf(
                    required(level, "cấp của đợt thi đua").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecognitionRequestException(
                    "Cấp \"" + level + "\" không hợp lệ; dùng một trong " + List.of(RecognitionLevel.values()) + ".");
        }
    }

    private static LatePolicy latePolicy(String policy) {
        if (policy == null || policy.isBlank()) {
            return LatePolicy.MARK_LATE;
        }
        try {
            return LatePolicy.valueOf(policy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecognitionRequestException("Cách xử lý đăng ký trễ hạn \"" + policy
                    + "\" không hợp lệ; dùng REFUSE (từ chối) hoặc MARK_LATE (nhận và ghi trễ hạn).");
        }
    }

    private void checkPlace(String provinceCode, String communeCode) {
        String province = blankToNull(provinceCode);
        String commune = blankToNull(communeCode);
        if (province == null && commune != null) {
            throw new InvalidRecognitionRequestException("Đợt thi đua của một xã phải ghi cả mã tỉnh.");
        }
        if (province != null
                && units.current(province)
                        .filter(unit -> unit.level() == UnitLevel.PROVINCE)
                        .isEmpty()) {
            throw new InvalidRecognitionRequestException("Mã tỉnh \"" + province + "\" không có trong danh mục.");
        }
        if (commune != null) {
            AdminUnit unit = units.current(commune)
                    .filter(found -> found.level() == UnitLevel.COMMUNE)
                    .orElseThrow(() -> new InvalidRecognitionRequestException(
                            "Mã xã, phường, đặc khu \"" + commune + "\" không có trong danh mục."));
            if (!unit.provinceCode().equals(province)) {
                throw new InvalidRecognitionRequestException(
                        unit.fullName() + " không thuộc tỉnh có mã \"" + province + "\".");
            }
        }
    }

    private CriteriaSet criteriaSet(String id, RecognitionLevel level, int year) {
        CriteriaSet set = criteria.byId(required(id, "bộ tiêu chí"))
                .orElseThrow(() -> new InvalidRecognitionRequestException("Không có bộ tiêu chí \"" + id + "\"."));
        if (!set.appliesAt(level) || !set.inForceDuring(year)) {
            throw new InvalidRecognitionRequestException("Bộ tiêu chí \"" + id + "\" không áp dụng cho "
                    + level.labelVi().toLowerCase(Locale.ROOT) + " năm " + year + ".");
        }
        return set;
    }

    private static LocalDate inYear(String what, String written, int year) {
        LocalDate due = DocumentDate.parse(what, written);
        if (due.getYear() != year) {
            throw new InvalidRecognitionRequestException(
                    "Hạn " + what + " (" + written.strip() + ") không thuộc năm " + year + " của đợt thi đua.");
        }
        return due;
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidRecognitionRequestException("Thiếu " + what + ".");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
