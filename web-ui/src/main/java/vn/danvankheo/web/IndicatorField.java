package vn.danvankheo.web;

import java.util.ArrayList;
import java.util.List;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.ModelView;

/**
 * One input of the progress form: an indicator of the plan, numbered by its place in the plan so its name can hold
 * any character. Public, as the page's template reads it.
 */
public record IndicatorField(int position, String indicator, String label) {

    static List<IndicatorField> of(ModelView model) {
        List<IndicatorField> fields = new ArrayList<>();
        for (ModelPlan.Goal goal : model.details().plan().goals()) {
            for (ModelPlan.Indicator indicator : goal.indicators()) {
                String unit = indicator.unit() == null ? "" : " (" + indicator.unit() + ")";
                String target = indicator.target() == null
                        ? ""
                        : ", mục tiêu " + indicator.target().toPlainString();
                fields.add(new IndicatorField(fields.size() + 1, indicator.name(), indicator.name() + unit + target));
            }
        }
        return fields;
    }

    public String inputName() {
        return "value" + position;
    }
}
