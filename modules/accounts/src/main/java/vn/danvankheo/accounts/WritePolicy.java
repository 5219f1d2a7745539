package vn.danvankheo.accounts;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may do what to a model, by role, unit and locality. Every write asks here: a contributor of a unit in one
 * province can never change a model of another unit or province, a moderator acts only in their locality, a
 * committee member evaluates only at their level's locality, an administrator acts in the country or the province it
 * administers, and journalists read.
 */
@Component
public class WritePolicy {

    public boolean permits(Account account, Action action, ModelPlace place) {
        if (!account.enabled()) {
            return false;
        }
        boolean inScope = account.scope().covers(place.provinceCode(), place.communeCode());
        return switch (account.role()) {
            case ADMINISTRATOR -> inScope;
            case CONTRIBUTOR -> action == Action.EDIT_MODEL && inScope && sameUnit(account.unitId(), place.unitId());
            case MODERATOR -> action == Action.MODERATE && inScope;
            case COMMITTEE_MEMBER -> action == Action.EVALUATE && inScope;
            case JOURNALIST -> false;
        };
    }

    /** Contributors of a unit register models for it and follow its own list. */
    public boolean registersForUnit(Account account) {
        return account.enabled() && account.role() == Role.CONTRIBUTOR && account.unitId() != null;
    }

    /** Moderators review their locality's queue; administrators the one of the locality they administer. */
    public boolean reviews(Account account) {
        return account.enabled() && (account.role() == Role.MODERATOR || account.role() == Role.ADMINISTRATOR);
    }

    public boolean administers(Account account) {
        return account.enabled() && account.role() == Role.ADMINISTRATOR;
    }

    /** Committee members evaluate and honour models; what they may decide is their level's, in recognition. */
    public boolean sitsOnCommittee(Account account) {
        return account.enabled() && account.role() == Role.COMMITTEE_MEMBER;
    }

    /** Registered journalists ask a model's unit for its press contact. */
    public boolean asksForPressContacts(Account account) {
        return account.enabled() && account.role() == Role.JOURNALIST;
    }

    /** Those who may act on models answer journalists' requests, each for the models they may act on. */
    public boolean answersPressContacts(Account account) {
        return account.enabled()
                && (account.role() == Role.CONTRIBUTOR
                        || account.role() == Role.MODERATOR
                        || account.role() == Role.ADMINISTRATOR);
    }

    /** Accounts that work on models preview uploads and drafts; journalists see what is published, like the public. */
    public boolean seesUnpublishedMedia(Account account) {
        return account.enabled() && account.role() != Role.JOURNALIST;
    }

    /**
     * The platform itself (demo data, the generator) acts without an account id, which no one signed in has: it
     * attaches the media it stored, which no account uploaded, and writes generated data in bulk.
     */
    public boolean isPlatform(Account account) {
        return account.enabled() && account.id() == null && account.role() == Role.ADMINISTRATOR;
    }

    /** Units compare by id: two cells of one name are two units, and a renamed unit keeps its models. */
    private static boolean sameUnit(UUID accountUnit, UUID modelUnit) {
        return accountUnit != null && accountUnit.equals(modelUnit);
    }

    public enum Action {
        EDIT_MODEL,
        MODERATE,
        EVALUATE
    }

    /** Where a model is and which unit registered it: all the policy needs to know of it. */
    public record ModelPlace(String provinceCode, String communeCode, UUID unitId) {}
}
