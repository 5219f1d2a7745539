package vn.danvankheo.web;

import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;

/**
 * What the signed-in account may reach, as the policy decides it, for the navigation and the pages: templates ask
 * this, never the role's name, so a change of who may do what is made in the policy alone.
 */
record PagePermissions(
        boolean unitWork,
        boolean committeeWork,
        boolean reviewQueue,
        boolean askPressContacts,
        boolean answerPressContacts,
        boolean administration) {

    static final PagePermissions NONE = new PagePermissions(false, false, false, false, false, false);

    static PagePermissions of(Account account, WritePolicy policy) {
        return new PagePermissions(
                policy.registersForUnit(account),
                policy.sitsOnCommittee(account),
                policy.reviews(account),
                policy.asksForPressContacts(account),
                policy.answersPressContacts(account),
                policy.administers(account));
    }
}
