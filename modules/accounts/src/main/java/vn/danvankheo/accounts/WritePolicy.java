package vn.danvankheo.accounts;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a model, by role, unit and locality. Every write asks here: a contributor of a unit in one
 * province can never change a model of another unit or province, a moderator acts only in their locality, a
 * committee member evaluates only at their level's locality, and journalists read.
 */
@Component
public class WritePolicy {

    public boolean permits(Account account, Action action, ModelPlace place) {
        if (!account.enabled()) {
            return false;
        }
        boolean inScope = account.scope().covers(place.provinceCode(), place.communeCode());
        return switch (account.role()) {
            case ADMINISTRATOR -> true;
            case CONTRIBUTOR ->
                action == Action.EDIT_MODEL && inScope && sameUnit(account.unitName(), place.unitName());
            case MODERATOR -> action == Action.MODERATE && inScope;
            case COMMITTEE_MEMBER -> action == Action.EVALUATE && inScope;
            case JOURNALIST -> false;
        };
    }

    private static boolean sameUnit(String accountUnit, String modelUnit) {
        return accountUnit != null && modelUnit != null && unitKey(accountUnit).equals(unitKey(modelUnit));
    }

    /** How unit names compare, here and wherever a unit's models are looked up: case and spacing do not matter. */
    public static String unitKey(String unitName) {
        return unitName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public enum Action {
        EDIT_MODEL,
        MODERATE,
        EVALUATE
    }

    /** Where a model is and which unit registered it: all the policy needs to know of it. */
    public record ModelPlace(String provinceCode, String communeCode, String unitName) {}
}
