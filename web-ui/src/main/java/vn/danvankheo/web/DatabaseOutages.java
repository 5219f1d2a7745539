package vn.danvankheo.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * While PostgreSQL restarts, a request that needed it is refused with 503 and Retry-After (a problem detail for the
 * API, a Vietnamese page for people) instead of a 500: the reader may try again in a moment and nothing was stored.
 * Before Boot's error handler (order -1), wherever the failure happened (a controller, the sign-in filter).
 */
@Component
@Order(-2)
class DatabaseOutages implements WebExceptionHandler {

    private static final String RETRY_AFTER_SECONDS = "10";

    private final EarlyRefusals refusals;

    DatabaseOutages(EarlyRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (!isOutage(failure) || exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return refusals.refuse(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "Cơ sở dữ liệu tạm thời gián đoạn",
                "Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu. Chưa có gì được lưu; vui lòng thử lại sau ít"
                        + " giây.");
    }

    /**
     * A lost or refused connection, however the layers above wrapped it: SQL states of class 08 (connection) and
     * 57P (the server shutting down or restarting), and a rollback the driver could not send (the pool reports the
     * dead connection without a state; an uncommitted transaction stored nothing, so trying again is safe).
     */
    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
