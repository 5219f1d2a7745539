package vn.danvankheo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvankheo.accounts.WritePolicy.Action;
import vn.danvankheo.accounts.WritePolicy.ModelPlace;

/** Every role, in its own locality and in another, against every kind of write. */
class WritePolicyTests {

    private static final UUID UNIT = UUID.randomUUID();
    private static final ModelPlace OWN = new ModelPlace("01", "00004", UNIT);
    private static final ModelPlace OWN_PROVINCE_OTHER_COMMUNE = new ModelPlace("01", "00070", UNIT);
    private static final ModelPlace OTHER_PROVINCE = new ModelPlace("79", "27154", UNIT);
    private static final ModelPlace OWN_PLACE_OTHER_UNIT = new ModelPlace("01", "00004", UUID.randomUUID());

    private final WritePolicy policy = new WritePolicy();

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        Account communeContributor = account(Role.CONTRIBUTOR, UNIT, new Scope("01", "00004"), null);
        Account provinceContributor = account(Role.CONTRIBUTOR, UNIT, new Scope("01", null), null);
        Account communeModerator = account(Role.MODERATOR, null, new Scope("01", "00004"), null);
        Account provinceModerator = account(Role.MODERATOR, null, new Scope("01", null), null);
        Account grassrootsCommittee =
                account(Role.COMMITTEE_MEMBER, null, new Scope("01", "00004"), CommitteeLevel.GRASSROOTS);
        Account provincialCommittee =
                account(Role.COMMITTEE_MEMBER, null, new Scope("01", null), CommitteeLevel.PROVINCIAL);
        Account centralCommittee = account(Role.COMMITTEE_MEMBER, null, Scope.NATIONWIDE, CommitteeLevel.CENTRAL);
        Account administrator = account(Role.ADMINISTRATOR, null, Scope.NATIONWIDE, null);
        Account provinceAdministrator = account(Role.ADMINISTRATOR, null, new Scope("01", null), null);
        Account journalist = account(Role.JOURNALIST, null, Scope.NATIONWIDE, null);

        add(cases, communeContributor, Action.EDIT_MODEL, true, false, false, false);
        add(cases, provinceContributor, Action.EDIT_MODEL, true, true, false, false);
        for (Action other : List.of(Action.MODERATE, Action.EVALUATE)) {
            add(cases, communeContributor, other, false, false, false, false);
            add(cases, provinceContributor, other, false, false, false, false);
        }
        add(cases, communeModerator, Action.MODERATE, true, false, false, true);
        add(cases, provinceModerator, Action.MODERATE, true, true, false, true);
        for (Action other : List.of(Action.EDIT_MODEL, Action.EVALUATE)) {
            add(cases, communeModerator, other, false, false, false, false);
            add(cases, provinceModerator, other, false, false, false, false);
        }
        add(cases, grassrootsCommittee, Action.EVALUATE, true, false, false, true);
        add(cases, provincialCommittee, Action.EVALUATE, true, true, false, true);
        add(cases, centralCommittee, Action.EVALUATE, true, true, true, true);
        for (Action other : List.of(Action.EDIT_MODEL, Action.MODERATE)) {
            add(cases, grassrootsCommittee, other, false, false, false, false);
            add(cases, centralCommittee, other, false, false, false, false);
        }
        for (Action action : Action.values()) {
            add(cases, administrator, action, true, true, true, true);
            add(cases, provinceAdministrator, action, true, true, false, true);
            add(cases, journalist, action, false, false, false, false);
            add(cases, disabled(administrator), action, false, false, false, false);
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @MethodSource("matrix")
    void permitsOnlyWithinRoleUnitAndLocality(
            String who, Action action, String where, boolean expected, Account account, ModelPlace place) {
        assertThat(policy.permits(account, action, place)).isEqualTo(expected);
    }

    private static void add(
            List<Arguments> cases,
            Account account,
            Action action,
            boolean own,
            boolean ownProvinceOtherCommune,
            boolean otherProvince,
            boolean otherUnitSamePlace) {
        String who = account.role() + (account.enabled() ? "" : " (disabled)") + " of " + describe(account.scope());
        cases.add(Arguments.of(who, action, "own commune", own, account, OWN));
        cases.add(Arguments.of(
                who,
                action,
                "another commune of the province",
                ownProvinceOtherCommune,
                account,
                OWN_PROVINCE_OTHER_COMMUNE));
        cases.add(Arguments.of(who, action, "another province", otherProvince, account, OTHER_PROVINCE));
        cases.add(Arguments.of(
                who, action, "own commune, another unit's model", otherUnitSamePlace, account, OWN_PLACE_OTHER_UNIT));
    }

    private static String describe(Scope scope) {
        return scope.provinceCode() == null
                ? "the country"
                : scope.communeCode() == null ? "province " + scope.provinceCode() : "commune " + scope.communeCode();
    }

    private static Account account(Role role, UUID unit, Scope scope, CommitteeLevel level) {
        return new Account(
                UUID.randomUUID(), role.name().toLowerCase(), role.name(), role, unit, "Chi bộ", scope, level, true);
    }

    private static Account disabled(Account account) {
        return new Account(
                account.id(),
                account.username(),
                account.displayName(),
                account.role(),
                account.unitId(),
                account.unitName(),
                account.scope(),
                account.committeeLevel(),
                false);
    }
}
