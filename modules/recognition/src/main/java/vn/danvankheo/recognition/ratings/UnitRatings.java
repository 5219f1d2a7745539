package vn.danvankheo.recognition.ratings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.recognition.AuditTrail;
import vn.danvankheo.recognition.InvalidRecognitionRequestException;
import vn.danvankheo.recognition.RecognitionNotPermittedException;

/** Units' yearly ratings, entered by the level that rates them. Blocking: call through the scheduler. */
@Service
public class UnitRatings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    UnitRatings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void rate(Account account, String unitName, int year, String rating) {
        if (!account.enabled() || (account.role() != Role.COMMITTEE_MEMBER && account.role() != Role.ADMINISTRATOR)) {
            throw new RecognitionNotPermittedException("Chỉ hội đồng xét chọn mới nhập xếp loại đơn vị.");
        }
        if (unitName == null || unitName.isBlank()) {
            throw new InvalidRecognitionRequestException("Thiếu tên đơn vị được xếp loại.");
        }
        UnitRating parsed;
        try {
            parsed = UnitRating.valueOf(rating == null ? "" : rating.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRecognitionRequestException(
                    "Xếp loại \"" + rating + "\" không hợp lệ; dùng EXCELLENT, GOOD, COMPLETED hoặc NOT_COMPLETED.");
        }
        jdbc.sql("""
                        INSERT INTO recognition.unit_rating (unit_key, year, unit_name, rating, rated_by, rated_at)
                        VALUES (:key, :year, :name, :rating, :by, :at)
                        ON CONFLICT (unit_key, year) DO UPDATE SET rating = :rating, unit_name = :name,
                            rated_by = :by, rated_at = :at
                        """)
                .param("key", WritePolicy.unitKey(unitName))
                .param("year", year)
                .param("name", unitName.strip())
                .param("rating", parsed.name())
                .param("by", account.id())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(null, null, "UNIT_RATED", account, unitName.strip() + " " + year + ": " + parsed.labelVi());
    }

    public Optional<UnitRating> of(String unitName, int year) {
        return jdbc.sql("SELECT rating FROM recognition.unit_rating WHERE unit_key = :key AND year = :year")
                .param("key", WritePolicy.unitKey(unitName))
                .param("year", year)
                .query(String.class)
                .optional()
                .map(UnitRating::valueOf);
    }
}
