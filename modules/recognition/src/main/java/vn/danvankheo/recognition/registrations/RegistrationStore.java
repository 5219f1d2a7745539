package vn.danvankheo.recognition.registrations;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/** The registration table, for this package only; each state change names the state it expects to leave. */
@Component
class RegistrationStore {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<IndicatorTarget>> TARGETS = new TypeReference<>() {};
    private static final String SELECT = """
            SELECT r.*, c.year FROM recognition.registration r
            JOIN recognition.campaign c ON c.id = r.campaign_id
            """;

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Registration registration, UUID registeredBy) {
        insert(registration, registeredBy, null);
    }

    /** {@code seedRun} marks a generated registration; null for every real one. */
    void insert(Registration registration, UUID registeredBy, String seedRun) {
        jdbc.sql("""
                        INSERT INTO recognition.registration (id, campaign_id, model_id, model_name, owner_name,
                            owner_kind, owner_leads, field, unit_id, unit_name, province_code, commune_code, kind,
                            previous_registration_id, targets, late, status, current_level, round, registered_by,
                            registered_at, seed_run)
                        VALUES (:id, :campaign, :model, :modelName, :ownerName, :ownerKind, :leads, :field, :unitId,
                            :unitName, :province, :commune, :kind, :previous, CAST(:targets AS jsonb), :late, :status,
                            :level, 0, :by, :at, :seedRun)
                        """)
                .param("id", registration.id())
                .param("campaign", registration.campaignId())
                .param("model", registration.modelId())
                .param("modelName", registration.modelName())
                .param("ownerName", registration.ownerName())
                .param("ownerKind", registration.ownerKind())
                .param("leads", registration.ownerLeads())
                .param("field", registration.field())
                .param("unitId", registration.unitId())
                .param("unitName", registration.unitName())
                .param("province", registration.provinceCode())
                .param("commune", registration.communeCode())
                .param("kind", registration.kind().name())
                .param("previous", registration.previousRegistrationId())
                .param("targets", JSON.writeValueAsString(registration.targets()))
                .param("late", registration.late())
                .param("status", registration.status().name())
                .param("level", registration.currentLevel().name())
                .param("by", registeredBy)
                .param("at", Timestamp.from(registration.registeredAt()))
                .param("seedRun", seedRun)
                .update();
    }

    Optional<Registration> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id")
                .param("id", id)
                .query(RegistrationStore::registration)
                .optional();
    }

    Registration get(UUID id) {
        return find(id).orElseThrow(() -> new RecognitionNotFoundException("Không có hồ sơ đăng ký " + id + "."));
    }

    boolean exists(UUID campaignId, UUID modelId) {
        return jdbc.sql("SELECT count(*) FROM recognition.registration WHERE campaign_id = :c AND model_id = :m")
                        .param("c", campaignId)
                        .param("m", modelId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Registration> ofCampaign(UUID campaignId) {
        return jdbc.sql(SELECT + " WHERE r.campaign_id = :id ORDER BY r.unit_name, r.model_name")
                .param("id", campaignId)
                .query(RegistrationStore::registration)
                .list();
    }

    List<Registration> ofUnit(UUID unitId) {
        return jdbc.sql(SELECT + " WHERE r.unit_id = :unit ORDER BY c.year DESC, r.registered_at DESC")
                .param("unit", unitId)
                .query(RegistrationStore::registration)
                .list();
    }

    List<Registration> ofModel(UUID modelId) {
        return jdbc.sql(SELECT + " WHERE r.model_id = :model ORDER BY c.year DESC, r.registered_at DESC")
                .param("model", modelId)
                .query(RegistrationStore::registration)
                .list();
    }

    /** Registrations a level recognised in one of the years, whatever step they have reached since. */
    List<Registration> recognisedAt(RecognitionLevel level, int fromYear, int toYear) {
        return jdbc.sql(SELECT + """
                         WHERE EXISTS (SELECT 1 FROM recognition.decision d
                            WHERE d.registration_id = r.id AND d.recognised AND d.level = :level
                                AND d.year BETWEEN :from AND :to)
                        ORDER BY r.unit_name, r.model_name
                        """)
                .param("level", level.name())
                .param("from", fromYear)
                .param("to", toYear)
                .query(RegistrationStore::registration)
                .list();
    }

    List<Registration> atLevel(RecognitionLevel level, Collection<RegistrationStatus> statuses) {
        return jdbc.sql(SELECT + " WHERE r.current_level = :level AND r.status IN (:statuses) ORDER BY r.registered_at")
                .param("level", level.name())
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(RegistrationStore::registration)
                .list();
    }

    /**
     * Moves the registration on only if it is still where the step found it, so two committee members acting at
     * once cannot both move it.
     */
    void move(Registration from, RegistrationStatus to, RecognitionLevel level, int round, String returnedReason) {
        int moved = jdbc.sql("""
                        UPDATE recognition.registration
                        SET status = :to, current_level = :level, round = :round, returned_reason = :reason
                        WHERE id = :id AND status = :from AND round = :fromRound
                        """)
                .param("to", to.name())
                .param("level", level.name())
                .param("round", round)
                .param("reason", returnedReason)
                .param("id", from.id())
                .param("from", from.status().name())
                .param("fromRound", from.round())
                .update();
        if (moved == 0) {
            throw new StepRefusedException("Hồ sơ vừa được người khác chuyển bước; xin tải lại rồi làm lại.");
        }
    }

    void launch(Registration registration, java.time.LocalDate day, String note) {
        jdbc.sql("""
                        UPDATE recognition.registration SET launched_on = :day, launch_note = :note
                        WHERE id = :id AND launched_on IS NULL
                        """)
                .param("day", Date.valueOf(day))
                .param("note", note)
                .param("id", registration.id())
                .update();
    }

    private static Registration registration(ResultSet rs, int row) throws SQLException {
        Date launched = rs.getDate("launched_on");
        return new Registration(
                rs.getObject("id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getInt("year"),
                rs.getObject("model_id", UUID.class),
                rs.getString("model_name"),
                rs.getString("owner_name"),
                rs.getString("owner_kind"),
                rs.getBoolean("owner_leads"),
                rs.getString("field"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                RegistrationKind.valueOf(rs.getString("kind")),
                rs.getObject("previous_registration_id", UUID.class),
                JSON.readValue(rs.getString("targets"), TARGETS),
                rs.getBoolean("late"),
                launched == null ? null : launched.toLocalDate(),
                rs.getString("launch_note"),
                RegistrationStatus.valueOf(rs.getString("status")),
                RecognitionLevel.valueOf(rs.getString("current_level")),
                rs.getInt("round"),
                rs.getString("returned_reason"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
