package vn.danvankheo.recognition.ratings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;

/** Units' yearly ratings, entered by the level that rates them. Blocking: call through the scheduler. */
@Service
public class UnitRatings {

    private final JdbcClient jdbc;
    private final UnitRegistry units;
    private final AuditTrail audit;
    private final Clock clock;

    UnitRatings(JdbcClient jdbc, UnitRegistry units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void rate(Account account, UUID unitId, int year, String rating) {
        Unit unit = checkedUnit(account, unitId);
        UnitRating parsed = parsed(rating);
        jdbc.sql("""
                        INSERT INTO recognition.unit_rating (unit_id, year, rating, rated_by, rated_at)
                        VALUES (:unit, :year, :rating, :by, :at)
                        ON CONFLICT (unit_id, year) DO UPDATE SET rating = :rating, rated_by = :by, rated_at = :at
                        """)
                .param("unit", unit.id())
                .param("year", year)
                .param("rating", parsed.name())
                .param("by", account.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(null, null, "UNIT_RATED", account, unit.name() + " " + year + ": " + parsed.labelVi());
    }

    /**
     * A generated unit's rating for the generator's recognitions, checked as {@link #rate} checks it, at the instant
     * the generator gives, marked with its run; a unit already rated that year keeps its rating. Returns whether it
     * was written.
     */
    @Transactional
    public boolean rateGenerated(
            String seedRun, Account account, UUID unitId, int year, UnitRating rating, Instant at) {
        Unit unit = checkedUnit(account, unitId);
        int written = jdbc.sql("""
                        INSERT INTO recognition.unit_rating (unit_id, year, rating, rated_by, rated_at, seed_run)
                        VALUES (:unit, :year, :rating, :by, :at, :seedRun)
                        ON CONFLICT (unit_id, year) DO NOTHING
                        """)
                .param("unit", unit.id())
                .param("year", year)
                .param("rating", rating.name())
                .param("by", account.id())
                .param("at", Timestamp.from(at))
                .param("seedRun", seedRun)
                .update();
        if (written > 0) {
            audit.recordGenerated(
                    seedRun, null, null, "UNIT_RATED", account, unit.name() + " " + year + ": " + rating.labelVi(), at);
        }
        return written > 0;
    }

    private Unit checkedUnit(Account account, UUID unitId) {
        if (!account.enabled() || (account.role() != Role.COMMITTEE_MEMBER && account.role() != Role.ADMINISTRATOR)) {
            throw new RecognitionNotPermittedException("Chỉ hội đồng xét chọn mới nhập xếp loại đơn vị.");
        }
        if (unitId == null) {
            throw new InvalidRecognitionRequestException("Thiếu đơn vị được xếp loại.");
        }
        Unit unit = units.find(unitId)
                .orElseThrow(() -> new InvalidRecognitionRequestException("Không có đơn vị " + unitId + "."));
        if (!account.scope().contains(unit.scope())) {
            throw new RecognitionNotPermittedException(
                    "Chỉ hội đồng xét chọn của địa bàn có " + unit.name() + " mới xếp loại được đơn vị này.");
        }
        return unit;
    }

    private static UnitRating parsed(String rating) {
        try {
            return UnitRating.valueOf(rating == null ? "" : rating.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecognitionRequestException(
                    "Xếp loại \"" + rating + "\" không hợp lệ; dùng EXCELLENT, GOOD, COMPLETED hoặc NOT_COMPLETED.");
        }
    }

    public Optional<UnitRating> of(UUID unitId, int year) {
        return jdbc.sql("SELECT rating FROM recognition.unit_rating WHERE unit_id = :unit AND year = :year")
                .param("unit", unitId)
                .param("year", year)
                .query(String.class)
                .optional()
                .map(UnitRating::valueOf);
    }
}
