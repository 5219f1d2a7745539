package vn.danvankheo.recognition.campaigns;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.RecognitionNotFoundException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/** Opens and finds campaigns. Blocking: call it through the {@code RecognitionScheduler}. */
@Service
public class Campaigns {

    private final JdbcClient jdbc;
    private final CampaignRules rules;
    private final AuditTrail audit;
    private final UnitRegistry unitRegistry;
    private final Clock clock;

    Campaigns(
            JdbcClient jdbc,
            CriteriaCatalogue criteria,
            AdminUnits units,
            UnitRegistry unitRegistry,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.unitRegistry = unitRegistry;
        this.rules = new CampaignRules(criteria, units, unitRegistry);
        this.audit = audit;
        this.clock = clock;
    }

    /** A level's committee opens its own campaigns, in its own locality; administrators open any. */
    @Transactional
    public Campaign open(Account account, NewCampaign given) {
        Campaign campaign = rules.check(given);
        requirePermitted(account, campaign);
        insert(campaign, account.id(), clock.instant(), null);
        audit.record(campaign.id(), null, "CAMPAIGN_OPENED", account, campaign.title() + " (" + campaign.year() + ")");
        return campaign;
    }

    /**
     * A generated campaign, for the generator's recognitions: opened as {@link #open} opens one, by the same rules
     * and permission, but with the id the generator fixed (a resumed run finds it again), at the instant it gives,
     * marked with its run. An existing one is returned as it is.
     */
    @Transactional
    public Campaign openGenerated(String seedRun, UUID id, NewCampaign given, Account account, Instant at) {
        Optional<Campaign> existing = find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Campaign checked = rules.check(given);
        Campaign campaign = new Campaign(
                id,
                checked.level(),
                checked.year(),
                checked.title(),
                checked.organiserId(),
                checked.organiserName(),
                checked.provinceCode(),
                checked.communeCode(),
                checked.criteriaSetId(),
                checked.deadlines(),
                checked.latePolicy(),
                checked.minEvaluators(),
                checked.targets(),
                checked.subordinateUnits());
        requirePermitted(account, campaign);
        insert(campaign, account.id(), at, seedRun);
        audit.recordGenerated(
                seedRun,
                campaign.id(),
                null,
                "CAMPAIGN_OPENED",
                account,
                campaign.title() + " (" + campaign.year() + ")",
                at);
        return campaign;
    }

    private static void requirePermitted(Account account, Campaign campaign) {
        boolean permitted = account.enabled()
                && (account.role() == Role.ADMINISTRATOR
                        || (account.role() == Role.COMMITTEE_MEMBER
                                && account.committeeLevel() != null
                                && account.committeeLevel()
                                        .name()
                                        .equals(campaign.level().name())
                                && account.scope().covers(campaign.provinceCode(), campaign.communeCode())));
        if (!permitted) {
            throw new RecognitionNotPermittedException(
                    "Chỉ hội đồng " + campaign.level().labelVi().toLowerCase()
                            + " của địa bàn này mới phát động được đợt thi đua này.");
        }
    }

    /** A campaign from a data file (the demo's plan), checked by the same rules; once per year and title. */
    @Transactional
    public Campaign openFromData(NewCampaign given) {
        Campaign campaign = rules.check(given);
        Optional<Campaign> existing = findByTitle(campaign.year(), campaign.title());
        if (existing.isPresent()) {
            return existing.get();
        }
        insert(campaign, null, clock.instant(), null);
        audit.recordByPlatform(campaign.id(), "CAMPAIGN_OPENED", campaign.title() + " (" + campaign.year() + ")");
        return campaign;
    }

    private void insert(Campaign campaign, UUID openedBy, Instant openedAt, String seedRun) {
        jdbc.sql("""
                        INSERT INTO recognition.campaign (id, level, year, title, organiser_id, organiser_name,
                            province_code, commune_code, criteria_set_id, registration_due, six_month_report_due, nominations_due,
                            annual_report_due, late_registrations, min_evaluators, target_units_with_model,
                            target_nominations, opened_by, opened_at, seed_run)
                        VALUES (:id, :level, :year, :title, :organiserId, :organiser, :province, :commune, :criteria, :registration,
                            :sixMonth, :nominations, :annual, :late, :evaluators, :unitsTarget, :nominationsTarget,
                            :openedBy, :openedAt, :seedRun)
                        """)
                .param("id", campaign.id())
                .param("level", campaign.level().name())
                .param("year", campaign.year())
                .param("title", campaign.title())
                .param("organiserId", campaign.organiserId())
                .param("organiser", campaign.organiserName())
                .param("province", campaign.provinceCode())
                .param("commune", campaign.communeCode())
                .param("criteria", campaign.criteriaSetId())
                .param("registration", Date.valueOf(campaign.deadlines().registrationSummary()))
                .param("sixMonth", Date.valueOf(campaign.deadlines().sixMonthReport()))
                .param("nominations", Date.valueOf(campaign.deadlines().nominations()))
                .param("annual", Date.valueOf(campaign.deadlines().annualReport()))
                .param("late", campaign.latePolicy().name())
                .param("evaluators", campaign.minEvaluators())
                .param("unitsTarget", campaign.targets().unitsWithModelPercent())
                .param("nominationsTarget", campaign.targets().nominations())
                .param("openedBy", openedBy)
                .param("openedAt", Timestamp.from(openedAt))
                .param("seedRun", seedRun)
                .update();
    }

    public Optional<Campaign> find(UUID id) {
        return jdbc.sql("SELECT * FROM recognition.campaign WHERE id = :id")
                .param("id", id)
                .query(this::campaign)
                .optional();
    }

    public Campaign get(UUID id) {
        return find(id).orElseThrow(() -> new RecognitionNotFoundException("Không có đợt thi đua " + id + "."));
    }

    public List<Campaign> all() {
        return jdbc.sql("SELECT * FROM recognition.campaign ORDER BY year DESC, level DESC, title")
                .query(this::campaign)
                .list();
    }

    private Optional<Campaign> findByTitle(int year, String title) {
        return jdbc.sql("SELECT * FROM recognition.campaign WHERE year = :year AND title = :title")
                .param("year", year)
                .param("title", title)
                .query(this::campaign)
                .optional();
    }

    private Campaign campaign(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organiserId = rs.getObject("organiser_id", UUID.class);
        return new Campaign(
                id,
                RecognitionLevel.valueOf(rs.getString("level")),
                rs.getInt("year"),
                rs.getString("title"),
                organiserId,
                rs.getString("organiser_name"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getString("criteria_set_id"),
                new CampaignDeadlines(
                        rs.getDate("registration_due").toLocalDate(),
                        rs.getDate("six_month_report_due").toLocalDate(),
                        rs.getDate("nominations_due").toLocalDate(),
                        rs.getDate("annual_report_due").toLocalDate()),
                LatePolicy.valueOf(rs.getString("late_registrations")),
                rs.getInt("min_evaluators"),
                new CampaignTargets(rs.getInt("target_units_with_model"), rs.getInt("target_nominations")),
                unitRegistry.children(organiserId));
    }
}
