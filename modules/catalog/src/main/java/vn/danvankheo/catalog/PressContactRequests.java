package vn.danvankheo.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.accounts.WritePolicy.Action;
import vn.danvankheo.accounts.WritePolicy.ModelPlace;

/**
 * The guarded door for press contacts. A registered journalist asks for a published model's contact; the model's unit
 * or a moderator of its locality (whoever may act on the model) grants or refuses, and may later withdraw a grant;
 * only while a grant stands does that journalist read the contact, taken from the model's details at the time of
 * reading. The contact never leaves the catalog otherwise: the index, exports and feeds carry none. Every step is
 * written to the trail in the transaction that takes it.
 */
@Service
public class PressContactRequests {

    private static final int PURPOSE_LIMIT = 2_000;
    private static final int LIST_LIMIT = 500;

    private final ModelCatalog catalog;
    private final WritePolicy policy;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Scheduler jdbcScheduler;
    private final Clock clock;

    PressContactRequests(
            ModelCatalog catalog,
            WritePolicy policy,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            CatalogJdbcScheduler jdbcScheduler,
            ObjectProvider<Clock> clock) {
        this.catalog = catalog;
        this.policy = policy;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbcScheduler = jdbcScheduler.scheduler();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Asking again while a request waits, or while a grant stands, gives back that one rather than a second. */
    public Mono<ContactRequest> request(Account journalist, UUID modelId, String purpose) {
        return blocking(() -> {
            if (!policy.asksForPressContacts(journalist)) {
                throw new NotPermittedException("Chỉ tài khoản nhà báo mới xin được liên hệ báo chí của mô hình.");
            }
            String why = purpose == null ? "" : purpose.strip();
            if (why.isEmpty() || why.length() > PURPOSE_LIMIT) {
                throw new InvalidModelException(
                        "Hãy cho đơn vị biết bạn cần liên hệ để làm gì (tối đa " + PURPOSE_LIMIT + " ký tự).");
            }
            ModelView model =
                    catalog.findPublished(modelId).orElseThrow(() -> new ModelNotFoundException(modelId.toString()));
            return transactions.execute(status -> {
                List<UUID> waiting = jdbc.sql("""
                                SELECT id FROM catalog.contact_request
                                WHERE model_id = :model AND journalist_id = :journalist
                                  AND status IN ('PENDING', 'GRANTED')
                                ORDER BY requested_at DESC
                                """)
                        .param("model", model.id())
                        .param("journalist", journalist.id())
                        .query(UUID.class)
                        .list();
                if (!waiting.isEmpty()) {
                    return withContactIfGranted(read(waiting.get(0), null));
                }
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                                INSERT INTO catalog.contact_request (id, model_id, journalist_id, journalist_name,
                                    purpose, status, requested_at)
                                VALUES (:id, :model, :journalist, :name, :purpose, 'PENDING', :at)
                                """)
                        .param("id", id)
                        .param("model", model.id())
                        .param("journalist", journalist.id())
                        .param("name", journalist.displayName())
                        .param("purpose", why)
                        .param("at", Timestamp.from(now()))
                        .update();
                trail(id, "REQUESTED", journalist, why);
                return read(id, null);
            });
        });
    }

    /** The journalist's own requests, newest first, each granted one with the contact as the unit keeps it now. */
    public Mono<List<ContactRequest>> mine(Account journalist) {
        return blocking(() -> {
            if (!policy.asksForPressContacts(journalist)) {
                throw new NotPermittedException("Chỉ tài khoản nhà báo mới có danh sách xin liên hệ.");
            }
            return jdbc
                    .sql(SELECT + " WHERE r.journalist_id = :journalist ORDER BY r.requested_at DESC LIMIT 200")
                    .param("journalist", journalist.id())
                    .query(this::row)
                    .list()
                    .stream()
                    .map(this::withContactIfGranted)
                    .toList();
        });
    }

    /**
     * The journalist's latest request about one model, with the contact if it is granted; empty for anyone else and
     * for a journalist who has not asked.
     */
    public Mono<ContactRequest> latest(Account journalist, UUID modelId) {
        if (!policy.asksForPressContacts(journalist)) {
            return Mono.empty();
        }
        return blocking(() -> jdbc.sql(SELECT + """
                         WHERE r.model_id = :model AND r.journalist_id = :journalist
                        ORDER BY r.requested_at DESC LIMIT 1
                        """)
                        .param("model", modelId)
                        .param("journalist", journalist.id())
                        .query(this::row)
                        .optional()
                        .map(this::withContactIfGranted))
                .flatMap(Mono::justOrEmpty);
    }

    /** The waiting requests this account may answer, oldest first: its unit's models, or its locality's. */
    public Mono<List<ContactRequest>> awaiting(Account answerer) {
        return blocking(() -> answerable(answerer, "PENDING", "r.requested_at"));
    }

    /** The standing grants this account may withdraw, latest granted first. */
    public Mono<List<ContactRequest>> granted(Account answerer) {
        return blocking(() -> answerable(answerer, "GRANTED", "r.answered_at DESC"));
    }

    /**
     * The requests of one status about the models this account may act on. The query narrows by the account's
     * locality and unit, which the policy needs anyway, so a unit's list is not crowded out by the rest of the country;
     * the policy then decides each one.
     */
    private List<ContactRequest> answerable(Account answerer, String status, String order) {
        Scope scope = answerer.scope() == null ? Scope.NATIONWIDE : answerer.scope();
        UUID unit = policy.registersForUnit(answerer) ? answerer.unitId() : null;
        return jdbc
                .sql(SELECT + """
                         WHERE r.status = :status
                          AND (CAST(:province AS varchar) IS NULL OR m.province_code = :province)
                          AND (CAST(:commune AS varchar) IS NULL OR m.commune_code = :commune)
                          AND (CAST(:unit AS uuid) IS NULL OR m.registering_unit_id = :unit)
                        """ + " ORDER BY " + order + " LIMIT " + LIST_LIMIT)
                .param("status", status)
                .param("province", scope.provinceCode())
                .param("commune", scope.communeCode())
                .param("unit", unit)
                .query((rs, n) -> new Placed(row(rs, n), place(rs)))
                .list()
                .stream()
                .filter(placed -> mayAnswer(answerer, placed.place()))
                .map(Placed::request)
                .toList();
    }

    /** Grants or refuses a waiting request; a request already answered stays as it was answered. */
    public Mono<ContactRequest> answer(Account answerer, UUID requestId, boolean grant, String note) {
        return blocking(() -> transactions.execute(status -> {
            Placed placed = lockedFor(answerer, requestId);
            if (placed.request().status() != ContactRequest.Status.PENDING) {
                throw new InvalidModelException("Yêu cầu này đã được trả lời ("
                        + placed.request().status().labelVi().toLowerCase() + ").");
            }
            if (grant && !hasContact(placed.request().modelId())) {
                throw new InvalidModelException("Mô hình chưa có người liên hệ báo chí. Hãy bổ sung trong trang sửa "
                        + "mô hình trước khi đồng ý, hoặc từ chối kèm lời nhắn.");
            }
            String answerNote = note == null || note.isBlank() ? null : note.strip();
            String outcome = grant ? "GRANTED" : "REFUSED";
            jdbc.sql("""
                            UPDATE catalog.contact_request
                            SET status = :status, answered_by = :by, answered_by_name = :name, answer_note = :note,
                                answered_at = :at
                            WHERE id = :id
                            """)
                    .param("status", outcome)
                    .param("by", answerer.id())
                    .param("name", answerer.displayName())
                    .param("note", answerNote)
                    .param("at", Timestamp.from(now()))
                    .param("id", requestId)
                    .update();
            trail(requestId, outcome, answerer, answerNote);
            return read(requestId, null);
        }));
    }

    /**
     * Withdraws a standing grant: from then on the journalist no longer reads the contact, on the model's page or in
     * their list, and may ask again. Only a granted request can be withdrawn.
     */
    public Mono<ContactRequest> withdraw(Account answerer, UUID requestId, String note) {
        return blocking(() -> transactions.execute(status -> {
            Placed placed = lockedFor(answerer, requestId);
            if (placed.request().status() != ContactRequest.Status.GRANTED) {
                throw new InvalidModelException("Chỉ thu hồi được yêu cầu đã đồng ý (yêu cầu này: "
                        + placed.request().status().labelVi().toLowerCase() + ").");
            }
            String why = note == null || note.isBlank() ? null : note.strip();
            jdbc.sql("""
                            UPDATE catalog.contact_request
                            SET status = 'WITHDRAWN', withdrawn_by = :by, withdrawn_by_name = :name,
                                withdrawal_note = :note, withdrawn_at = :at
                            WHERE id = :id
                            """)
                    .param("by", answerer.id())
                    .param("name", answerer.displayName())
                    .param("note", why)
                    .param("at", Timestamp.from(now()))
                    .param("id", requestId)
                    .update();
            trail(requestId, "WITHDRAWN", answerer, why);
            return read(requestId, null);
        }));
    }

    /** The request, locked for this transaction, if this account may act on its model. */
    private Placed lockedFor(Account answerer, UUID requestId) {
        Placed placed = jdbc.sql(SELECT + " WHERE r.id = :id FOR UPDATE OF r")
                .param("id", requestId)
                .query((rs, n) -> new Placed(row(rs, n), place(rs)))
                .optional()
                .orElseThrow(() -> new ModelNotFoundException(requestId.toString()));
        if (!mayAnswer(answerer, placed.place())) {
            throw new NotPermittedException(
                    "Tài khoản của bạn (" + answerer.role().labelVi()
                            + ") không trả lời được yêu cầu liên hệ về mô hình của đơn vị hoặc địa bàn khác.");
        }
        return placed;
    }

    private static final String SELECT = """
            SELECT r.*, m.slug, m.name AS model_name, m.province_code, m.commune_code, m.registering_unit_id
            FROM catalog.contact_request r JOIN catalog.model m ON m.id = r.model_id
            """;

    private boolean mayAnswer(Account account, ModelPlace place) {
        return policy.permits(account, Action.EDIT_MODEL, place) || policy.permits(account, Action.MODERATE, place);
    }

    private boolean hasContact(UUID modelId) {
        return catalog.find(modelId)
                .map(model -> model.details() != null && model.details().pressContact() != null)
                .orElse(false);
    }

    private ContactRequest withContactIfGranted(ContactRequest request) {
        if (request.status() != ContactRequest.Status.GRANTED) {
            return request;
        }
        ModelDetails.PressContact contact = catalog.find(request.modelId())
                .map(ModelView::details)
                .map(ModelDetails::pressContact)
                .orElse(null);
        return read(request.id(), contact);
    }

    private ContactRequest read(UUID id, ModelDetails.PressContact contact) {
        ContactRequest found = jdbc.sql(SELECT + " WHERE r.id = :id")
                .param("id", id)
                .query(this::row)
                .single();
        return contact == null
                ? found
                : new ContactRequest(
                        found.id(),
                        found.modelId(),
                        found.modelSlug(),
                        found.modelName(),
                        found.journalistName(),
                        found.purpose(),
                        found.status(),
                        found.requestedAt(),
                        found.answeredByName(),
                        found.answerNote(),
                        found.answeredAt(),
                        found.withdrawalNote(),
                        found.withdrawnAt(),
                        contact);
    }

    private void trail(UUID requestId, String action, Account actor, String detail) {
        jdbc.sql("""
                        INSERT INTO catalog.contact_request_event (request_id, action, actor_id, actor_name, detail, at)
                        VALUES (:request, :action, :actor, :name, :detail, :at)
                        """)
                .param("request", requestId)
                .param("action", action)
                .param("actor", actor.id())
                .param("name", actor.displayName())
                .param("detail", detail)
                .param("at", Timestamp.from(now()))
                .update();
    }

    private ContactRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new ContactRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("model_id", UUID.class),
                rs.getString("slug"),
                rs.getString("model_name"),
                rs.getString("journalist_name"),
                rs.getString("purpose"),
                ContactRequest.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("answered_by_name"),
                rs.getString("answer_note"),
                answered == null ? null : answered.toInstant(),
                rs.getString("withdrawal_note"),
                withdrawn == null ? null : withdrawn.toInstant(),
                null);
    }

    private static ModelPlace place(ResultSet rs) throws SQLException {
        return new ModelPlace(
                rs.getString("province_code"),
                rs.getString("commune_code"),
                rs.getObject("registering_unit_id", UUID.class));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(jdbcScheduler);
    }

    private record Placed(ContactRequest request, ModelPlace place) {}
}
