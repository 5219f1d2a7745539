package vn.danvankheo.recognition.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/**
 * A level's committee sends a model it recognised up to the next level, where it lands in that committee's queue
 * and is evaluated afresh.
 */
@Service
public class Nominations {

    private final RegistrationStore store;
    private final Campaigns campaigns;
    private final WritePolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Nominations(RegistrationStore store, Campaigns campaigns, WritePolicy policy, AuditTrail audit, Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Registration nominate(Account account, UUID registrationId) {
        Registration registration = store.get(registrationId);
        Guards.requireCommittee(policy, account, registration, "đề nghị hồ sơ này lên cấp trên");
        Guards.requireStatus(registration, "đề nghị lên cấp trên", RegistrationStatus.RECOGNISED);
        if (registration.currentLevel() == RecognitionLevel.CENTRAL) {
            throw new StepRefusedException("Cấp Trung ương là cấp cao nhất; không có cấp trên để đề nghị.");
        }
        Campaign campaign = campaigns.get(registration.campaignId());
        LocalDate due = campaign.deadlines().nominations();
        if (registration.currentLevel() == campaign.level()
                && LocalDate.now(clock).isAfter(due)) {
            throw new StepRefusedException("Đã quá hạn giới thiệu, đề nghị cấp trên ("
                    + due.format(Registrations.VIETNAMESE_DATE) + ") của đợt thi đua “" + campaign.title() + "”.");
        }
        RecognitionLevel next =
                RecognitionLevel.values()[registration.currentLevel().ordinal() + 1];
        store.move(registration, RegistrationStatus.NOMINATED, next, registration.round() + 1, null);
        audit.record(registration.campaignId(), registrationId, "NOMINATED", account, detail(next));
        return store.get(registrationId);
    }

    static String detail(RecognitionLevel next) {
        return "Đề nghị lên " + next.labelVi().toLowerCase(Locale.ROOT);
    }
}
