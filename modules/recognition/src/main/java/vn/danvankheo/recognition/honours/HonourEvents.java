package vn.danvankheo.recognition.honours;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.RecognitionProperties;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.criteria.RecognitionLevel;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;

/** Honouring events: held on the level's cadence, listing models that level recognised. */
@Service
public class HonourEvents {

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Decisions decisions;
    private final AuditTrail audit;
    private final RecognitionProperties properties;
    private final Clock clock;

    HonourEvents(
            JdbcClient jdbc,
            Registrations registrations,
            Decisions decisions,
            AuditTrail audit,
            RecognitionProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.decisions = decisions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public HonourEvent hold(Account account, NewHonourEvent given) {
        RecognitionLevel level = level(given.level());
        if (given.year() == null || given.year() < HonourCadence.FIRST_PERIOD_START || given.year() > 2100) {
            throw new InvalidRecognitionRequestException(
                    "Năm biểu dương phải từ " + HonourCadence.FIRST_PERIOD_START + " đến 2100.");
        }
        int year = given.year();
        String province = blankToNull(given.provinceCode());
        String commune = blankToNull(given.communeCode());
        boolean committee = account.enabled()
                && account.role() == Role.COMMITTEE_MEMBER
                && account.committeeLevel() != null
                && account.committeeLevel().name().equals(level.name())
                && account.scope().covers(province, commune);
        if (!committee) {
            throw new RecognitionNotPermittedException("Chỉ hội đồng "
                    + level.labelVi().toLowerCase(Locale.ROOT) + " của địa bàn này mới tổ chức biểu dương ở cấp mình.");
        }
        LocalDate heldOn = given.heldOn() == null ? properties.honourDay().atYear(year) : given.heldOn();
        if (heldOn.getYear() != year) {
            throw new InvalidRecognitionRequestException("Ngày biểu dương phải thuộc năm " + year + ".");
        }
        String title = given.title() == null || given.title().isBlank()
                ? "Biểu dương điển hình “Dân vận khéo” " + level.labelVi().toLowerCase(Locale.ROOT) + " năm " + year
                : given.title().strip();
        requireCadence(level, year, province, commune);
        if (given.registrationIds().isEmpty()) {
            throw new InvalidRecognitionRequestException(
                    "Buổi biểu dương phải có ít nhất một mô hình được biểu dương.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO recognition.honour_event (id, level, year, held_on, title, province_code,
                            commune_code, created_by, created_at)
                        VALUES (:id, :level, :year, :heldOn, :title, :province, :commune, :by, :at)
                        """)
                .param("id", id)
                .param("level", level.name())
                .param("year", year)
                .param("heldOn", Date.valueOf(heldOn))
                .param("title", title)
                .param("province", province)
                .param("commune", commune)
                .param("by", account.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        for (UUID registrationId : given.registrationIds()) {
            Registration registration = registrations.get(registrationId);
            requireRecognised(registration, level, year);
            if (!account.scope().covers(registration.provinceCode(), registration.communeCode())) {
                throw new RecognitionNotPermittedException(
                        "Mô hình “" + registration.modelName() + "” không thuộc địa bàn của buổi biểu dương.");
            }
            jdbc.sql("INSERT INTO recognition.honour_event_registration (event_id, registration_id) VALUES (:e, :r)")
                    .param("e", id)
                    .param("r", registrationId)
                    .update();
            audit.record(registration.campaignId(), registrationId, "HONOURED", account, title);
        }
        return get(id);
    }

    private void requireCadence(RecognitionLevel level, int year, String province, String commune) {
        int from = HonourCadence.firstYearHonoured(level, year);
        int to = level == RecognitionLevel.GRASSROOTS ? year : HonourCadence.periodStart(year) + 4;
        long held = jdbc.sql("""
                        SELECT count(*) FROM recognition.honour_event
                        WHERE level = :level AND year BETWEEN :from AND :to
                            AND province_code IS NOT DISTINCT FROM :province
                            AND commune_code IS NOT DISTINCT FROM :commune
                        """)
                .param("level", level.name())
                .param("from", from)
                .param("to", to)
                .param("province", province)
                .param("commune", commune)
                .query(Long.class)
                .single();
        if (held >= HonourCadence.eventsAllowed(level)) {
            throw new StepRefusedException("Đã có " + held + " buổi biểu dương trong "
                    + (level == RecognitionLevel.GRASSROOTS ? "năm " + year : "giai đoạn " + from + "–" + to)
                    + ": " + HonourCadence.describe(level) + ".");
        }
    }

    private void requireRecognised(Registration registration, RecognitionLevel level, int year) {
        int from = HonourCadence.firstYearHonoured(level, year);
        boolean recognised = decisions.of(registration.id()).stream()
                .anyMatch(decision -> isRecognitionAt(decision, level, from, year));
        if (!recognised) {
            throw new StepRefusedException("Mô hình “" + registration.modelName() + "” chưa được "
                    + level.labelVi().toLowerCase(Locale.ROOT) + " công nhận điển hình trong các năm " + from + "–"
                    + year + ", nên chưa thể biểu dương ở cấp này.");
        }
    }

    private static boolean isRecognitionAt(Decision decision, RecognitionLevel level, int from, int to) {
        return decision.recognised() && decision.level() == level && decision.year() >= from && decision.year() <= to;
    }

    /**
     * The models a committee member's level may honour at an event of that year: recognised by that level in the
     * years the event covers, in the member's locality, and not honoured at that level yet.
     */
    public List<Registration> candidates(Account account, int year) {
        if (!account.enabled() || account.role() != Role.COMMITTEE_MEMBER || account.committeeLevel() == null) {
            throw new RecognitionNotPermittedException("Chỉ thành viên hội đồng xét chọn mới tổ chức biểu dương.");
        }
        RecognitionLevel level =
                RecognitionLevel.valueOf(account.committeeLevel().name());
        List<UUID> honoured =
                jdbc.sql("""
                        SELECT h.registration_id FROM recognition.honour_event_registration h
                        JOIN recognition.honour_event e ON e.id = h.event_id
                        WHERE e.level = :level
                        """).param("level", level.name()).query(UUID.class).list();
        return registrations.recognisedAt(level, HonourCadence.firstYearHonoured(level, year), year).stream()
                .filter(registration -> account.scope().covers(registration.provinceCode(), registration.communeCode()))
                .filter(registration -> !honoured.contains(registration.id()))
                .toList();
    }

    public HonourEvent get(UUID id) {
        return jdbc.sql("SELECT * FROM recognition.honour_event WHERE id = :id")
                .param("id", id)
                .query(this::event)
                .single();
    }

    public List<HonourEvent> all() {
        return jdbc.sql("SELECT * FROM recognition.honour_event ORDER BY held_on DESC")
                .query(this::event)
                .list();
    }

    private HonourEvent event(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<HonourEvent.HonouredModel> honoured = jdbc.sql("""
                        SELECT r.id, r.model_id, r.model_name, r.unit_name
                        FROM recognition.honour_event_registration h
                        JOIN recognition.registration r ON r.id = h.registration_id
                        WHERE h.event_id = :id ORDER BY r.model_name
                        """)
                .param("id", id)
                .query((honouredRow, n) -> new HonourEvent.HonouredModel(
                        honouredRow.getObject("id", UUID.class),
                        honouredRow.getObject("model_id", UUID.class),
                        honouredRow.getString("model_name"),
                        honouredRow.getString("unit_name")))
                .list();
        return new HonourEvent(
                id,
                RecognitionLevel.valueOf(rs.getString("level")),
                rs.getInt("year"),
                rs.getDate("held_on").toLocalDate(),
                rs.getString("title"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                honoured);
    }

    private static RecognitionLevel level(String level) {
        try {
            return RecognitionLevel.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecognitionRequestException(
                    "Cấp \"" + level + "\" không hợp lệ; dùng một trong " + List.of(RecognitionLevel.values()) + ".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
