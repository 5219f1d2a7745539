package vn.danvankheo.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a unit plans when it registers a model, in the order of the registration form: the situation that calls for
 * it, goals with indicators that can be measured, how it will be done, for whom, with whom, with what, when, and who
 * answers for it. Every part may be filled in later; none is invented.
 */
public record ModelPlan(
        String situation,
        List<Goal> goals,
        String methods,
        String scope,
        String beneficiaries,
        List<String> partners,
        Resources resources,
        List<Milestone> schedule,
        List<LocalDate> reviewDates,
        PersonInCharge personInCharge) {

    public static final ModelPlan EMPTY = new ModelPlan(null, null, null, null, null, null, null, null, null, null);

    public ModelPlan {
        goals = goals == null ? List.of() : List.copyOf(goals);
        partners = partners == null ? List.of() : List.copyOf(partners);
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        reviewDates = reviewDates == null ? List.of() : List.copyOf(reviewDates);
    }

    /** Nothing planned yet: a page then shows no plan section rather than an empty heading. */
    public boolean nothingPlanned() {
        return isBlank(situation)
                && goals.isEmpty()
                && isBlank(methods)
                && isBlank(scope)
                && isBlank(beneficiaries)
                && partners.isEmpty()
                && resources == null
                && schedule.isEmpty()
                && reviewDates.isEmpty()
                && personInCharge == null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public record Goal(String description, List<Indicator> indicators) {
        public Goal {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /** A measure of a goal: where it started, where the unit aims, and where it stands now. */
    public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal actual) {}

    /** Money is in đồng; socialised funding is what people, businesses and organisations give of their own will. */
    public record Resources(String description, Long stateFundingVnd, Long socialisedFundingVnd) {}

    public record Milestone(LocalDate from, LocalDate to, String activity) {}

    public record PersonInCharge(String name, String position) {}
}
