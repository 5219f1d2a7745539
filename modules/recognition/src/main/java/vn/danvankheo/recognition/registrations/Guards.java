package vn.danvankheo.recognition.registrations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.accounts.WritePolicy.Action;
import vn.danvankheo.accounts.WritePolicy.ModelPlace;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.StepRefusedException;

/** The checks every step makes before it changes anything: who acts, and whether the step comes now. */
final class Guards {

    private Guards() {}

    /** The model's own unit (or an administrator) registers it, assesses it and records its launch. */
    static void requireOwnUnit(WritePolicy policy, Account account, Registration registration, String doing) {
        var place = new ModelPlace(registration.provinceCode(), registration.communeCode(), registration.unitId());
        if (!policy.permits(account, Action.EDIT_MODEL, place)) {
            throw new RecognitionNotPermittedException("Chỉ đơn vị " + registration.unitName() + " mới " + doing + ".");
        }
    }

    /**
     * Only the committee of the level the registration stands at, and of its locality, evaluates and decides
     * (seed 002, V.1): an administrator cannot decide in a committee's place.
     */
    static void requireCommittee(WritePolicy policy, Account account, Registration registration, String doing) {
        var place = new ModelPlace(registration.provinceCode(), registration.communeCode(), registration.unitId());
        boolean committee = account.enabled()
                && account.role() == Role.COMMITTEE_MEMBER
                && account.committeeLevel() != null
                && account.committeeLevel()
                        .name()
                        .equals(registration.currentLevel().name())
                && policy.permits(account, Action.EVALUATE, place);
        if (!committee) {
            throw new RecognitionNotPermittedException("Chỉ hội đồng xét chọn "
                    + registration.currentLevel().labelVi().toLowerCase(Locale.ROOT)
                    + " của địa bàn có mô hình mới được " + doing + ".");
        }
    }

    static void requireStatus(Registration registration, String step, RegistrationStatus... allowed) {
        if (Arrays.asList(allowed).contains(registration.status())) {
            return;
        }
        String expected = Arrays.stream(allowed)
                .map(status -> "“" + status.labelVi() + "”")
                .collect(Collectors.joining(" hoặc "));
        throw new StepRefusedException("Chưa thể " + step + ": hồ sơ đang ở bước “"
                + registration.status().labelVi() + "”, bước này chỉ làm được khi hồ sơ " + expected + ".");
    }

    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidRecognitionRequestException("Thiếu " + what + ".");
        }
        return text.strip();
    }
}
