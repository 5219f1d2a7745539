package vn.danvankheo.recognition.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.campaigns.LatePolicy;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/**
 * A unit registers its models for a campaign and records a new model's launch. Blocking: call it through the
 * {@code RecognitionScheduler}.
 */
@Service
public class Registrations {

    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RegistrationStore store;
    private final Campaigns campaigns;
    private final ModelCatalog models;
    private final WritePolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Registrations(
            RegistrationStore store,
            Campaigns campaigns,
            ModelCatalog models,
            WritePolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.campaigns = campaigns;
        this.models = models;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Registration register(Account account, NewRegistration given) {
        if (given.campaignId() == null || given.modelId() == null) {
            throw new InvalidRecognitionRequestException("Thiếu đợt thi đua hoặc mô hình được đăng ký.");
        }
        Campaign campaign = campaigns.get(given.campaignId());
        ModelView model = models.find(given.modelId())
                .orElseThrow(() -> new RecognitionNotFoundException("Không có mô hình " + given.modelId() + "."));
        if (model.registeringUnitId() == null) {
            throw new StepRefusedException("Mô hình “" + model.profile().name()
                    + "” chưa gắn với cơ quan, đơn vị đăng ký nào; xin chọn đơn vị cho mô hình rồi đăng ký lại.");
        }
        RegistrationKind kind = kind(given.kind());
        LocalDate today = LocalDate.now(clock);
        Registration registration = Registration.registered(
                campaign,
                model,
                kind,
                given.previousRegistrationId(),
                checkedTargets(given.targets()),
                Boolean.TRUE.equals(given.ownerLeads()),
                today,
                clock.instant());
        Guards.requireOwnUnit(policy, account, registration, "đăng ký mô hình này");
        if (!campaign.covers(model.locality().provinceCode(), model.place().communeCode())) {
            throw new StepRefusedException("Mô hình “" + model.profile().name()
                    + "” không thuộc địa bàn của đợt thi đua “" + campaign.title() + "”.");
        }
        if (registration.late() && campaign.latePolicy() == LatePolicy.REFUSE) {
            throw new StepRefusedException("Đã quá hạn đăng ký ("
                    + campaign.deadlines().registrationSummary().format(VIETNAMESE_DATE) + ") của đợt thi đua “"
                    + campaign.title() + "”; đợt này không nhận đăng ký trễ hạn.");
        }
        if (store.exists(campaign.id(), model.id())) {
            throw new StepRefusedException(
                    "Mô hình “" + model.profile().name() + "” đã được đăng ký trong đợt thi đua này.");
        }
        checkKind(registration, model, campaign);
        store.insert(registration, account.id());
        audit.record(campaign.id(), registration.id(), "REGISTERED", account, registeredDetail(registration));
        return registration;
    }

    static String registeredDetail(Registration registration) {
        return (registration.kind() == RegistrationKind.NEW ? "Đăng ký mô hình mới" : "Đăng ký tiếp tục")
                + (registration.late() ? ", trễ hạn" : "");
    }

    static String launchedDetail(LocalDate day) {
        return "Ra mắt ngày " + day.format(VIETNAMESE_DATE);
    }

    private void checkKind(Registration registration, ModelView model, Campaign campaign) {
        if (registration.kind() == RegistrationKind.NEW) {
            if (registration.previousRegistrationId() != null) {
                throw new InvalidRecognitionRequestException(
                        "Mô hình mới không có đăng ký năm trước; nếu là mô hình tiếp tục, hãy chọn loại “tiếp tục”.");
            }
            if (model.profile().yearStarted() != campaign.year()) {
                throw new StepRefusedException("Mô hình “" + model.profile().name() + "” bắt đầu từ năm "
                        + model.profile().yearStarted()
                        + ", nên đăng ký là mô hình tiếp tục (với chỉ tiêu cao hơn), không phải mô hình mới năm "
                        + campaign.year() + ".");
            }
            return;
        }
        if (registration.previousRegistrationId() == null) {
            throw new InvalidRecognitionRequestException("Mô hình tiếp tục phải ghi hồ sơ đăng ký của năm trước.");
        }
        Registration previous = store.find(registration.previousRegistrationId())
                .orElseThrow(() -> new InvalidRecognitionRequestException(
                        "Không có hồ sơ đăng ký năm trước " + registration.previousRegistrationId() + "."));
        if (!previous.modelId().equals(registration.modelId())) {
            throw new InvalidRecognitionRequestException(
                    "Hồ sơ năm trước là của mô hình “" + previous.modelName() + "”, không phải mô hình đang đăng ký.");
        }
        if (previous.year() != campaign.year() - 1) {
            throw new InvalidRecognitionRequestException("Hồ sơ được ghi là của năm " + previous.year()
                    + ", không phải năm trước (" + (campaign.year() - 1) + ").");
        }
        List<String> shortfalls = HigherTargets.shortfalls(previous.targets(), registration.targets());
        if (!shortfalls.isEmpty()) {
            throw new InvalidRecognitionRequestException(
                    "Mô hình tiếp tục phải đăng ký chỉ tiêu cao hơn năm trước: " + String.join("; ", shortfalls) + ".");
        }
    }

    /** A new model's public launch ("ra mắt"), which must come before its self-assessment. */
    @Transactional
    public Registration launch(Account account, UUID id, LocalDate day, String note) {
        Registration registration = store.get(id);
        Guards.requireOwnUnit(policy, account, registration, "ghi lễ ra mắt của mô hình này");
        if (registration.kind() != RegistrationKind.NEW) {
            throw new StepRefusedException("Mô hình tiếp tục đã ra mắt từ năm trước; chỉ mô hình mới ghi lễ ra mắt.");
        }
        if (registration.launchedOn() != null) {
            throw new StepRefusedException(
                    "Mô hình đã ghi lễ ra mắt ngày " + registration.launchedOn().format(VIETNAMESE_DATE) + ".");
        }
        Guards.requireStatus(registration, "ghi lễ ra mắt", RegistrationStatus.REGISTERED, RegistrationStatus.RETURNED);
        if (day == null) {
            throw new InvalidRecognitionRequestException("Thiếu ngày ra mắt mô hình.");
        }
        if (day.isAfter(LocalDate.now(clock)) || day.getYear() != registration.year()) {
            throw new InvalidRecognitionRequestException("Ngày ra mắt " + day.format(VIETNAMESE_DATE)
                    + " phải là một ngày đã qua của năm " + registration.year() + ".");
        }
        store.launch(registration, day, Guards.required(note, "mô tả lễ ra mắt (nơi tổ chức, thành phần)"));
        audit.record(registration.campaignId(), id, "LAUNCHED", account, launchedDetail(day));
        return store.get(id);
    }

    public Registration get(UUID id) {
        return store.get(id);
    }

    public Optional<Registration> find(UUID id) {
        return store.find(id);
    }

    public List<Registration> ofCampaign(UUID campaignId) {
        return store.ofCampaign(campaignId);
    }

    /** A unit's registrations in every campaign, newest year first: what its contributors follow. */
    public List<Registration> ofUnit(UUID unitId) {
        return store.ofUnit(unitId);
    }

    /** A model's registrations over the years; a continuing model names last year's one. */
    public List<Registration> ofModel(UUID modelId) {
        return store.ofModel(modelId);
    }

    public List<Registration> recognisedAt(RecognitionLevel level, int fromYear, int toYear) {
        return store.recognisedAt(level, fromYear, toYear);
    }

    /** What waits for a committee member: registrations at their level and in their locality, ready for them. */
    public List<Registration> queue(Account account) {
        if (!account.enabled() || account.role() != Role.COMMITTEE_MEMBER || account.committeeLevel() == null) {
            throw new RecognitionNotPermittedException("Chỉ thành viên hội đồng xét chọn mới có hàng chờ đánh giá.");
        }
        var level = RecognitionLevel.valueOf(account.committeeLevel().name());
        return store
                .atLevel(
                        level,
                        List.of(
                                RegistrationStatus.SELF_ASSESSED,
                                RegistrationStatus.UNDER_EVALUATION,
                                RegistrationStatus.NOMINATED,
                                RegistrationStatus.RECOGNISED))
                .stream()
                .filter(registration -> account.scope().covers(registration.provinceCode(), registration.communeCode()))
                .toList();
    }

    private static RegistrationKind kind(String kind) {
        try {
            return RegistrationKind.valueOf(
                    Guards.required(kind, "loại đăng ký (NEW hoặc CONTINUING)").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidRecognitionRequestException) {
                throw e;
            }
            throw new InvalidRecognitionRequestException(
                    "Loại đăng ký \"" + kind + "\" không hợp lệ; dùng NEW (mô hình mới) hoặc CONTINUING (tiếp tục).");
        }
    }

    private static List<IndicatorTarget> checkedTargets(List<IndicatorTarget> targets) {
        if (targets.isEmpty()) {
            throw new InvalidRecognitionRequestException(
                    "Đăng ký phải có ít nhất một chỉ tiêu của năm (tên chỉ tiêu, giá trị, đơn vị tính).");
        }
        for (IndicatorTarget target : targets) {
            if (target == null
                    || target.indicator() == null
                    || target.indicator().isBlank()) {
                throw new InvalidRecognitionRequestException("Có chỉ tiêu chưa ghi tên.");
            }
            if (target.value() == null || target.value().signum() < 0) {
                throw new InvalidRecognitionRequestException(
                        "Chỉ tiêu “" + target.indicator().strip() + "” phải có giá trị là một số không âm.");
            }
        }
        return targets;
    }
}
