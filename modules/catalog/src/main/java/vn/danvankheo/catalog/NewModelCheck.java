package vn.danvankheo.catalog;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The catalog's rules for a new model, offered to those who check many before registering any (imports' dry run), so
 * that a dry run passes exactly when registration would. Pure computation: it never blocks.
 */
@Component
public class NewModelCheck {

    private final Clock clock;
    private final ModelRules rules;

    NewModelCheck(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.rules = new ModelRules(this.clock);
    }

    /** Every part's first problem; empty when the model may be registered, its place and unit aside. */
    public List<ModelProblem> problems(NewModel model) {
        return rules.problems(model);
    }

    public int latestYear() {
        return ModelLimits.latestYear(clock);
    }
}
