package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.orm.jpa.JpaSystemException;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class DatabaseOutagesTests {

    private final DatabaseOutages outages =
            new DatabaseOutages(new EarlyRefusals(JsonMapper.builder().build()));

    @Test
    void aLostConnectionUnderTheApiIsAProblemDetailToRetry() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/places/communes"));
        var failure = new DataAccessResourceFailureException(
                "PreparedStatementCallback", new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE));

        StepVerifier.create(outages.handle(exchange, failure)).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo("10");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":503", "Cơ sở dữ liệu tạm thời gián đoạn");
    }

    @Test
    void aServerShuttingDownUnderASignInIsAVietnamesePage() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/dang-nhap"));
        var failure = new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection",
                new SQLException("terminating connection due to administrator command", "57P01")));

        StepVerifier.create(outages.handle(exchange, failure)).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("vui lòng thử lại sau");
        assertThat(exchange.getResponse().getHeaders().getContentType().getCharset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aRollbackOnAConnectionThePoolFoundClosedIsAnOutage() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/mo-hinh/mot-mo-hinh"));
        var failure = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        StepVerifier.create(outages.handle(exchange, failure)).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void otherDatabaseErrorsAreLeftToTheirOwnHandlers() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/models"));
        var failure = new DataIntegrityViolationException("duplicate key");

        StepVerifier.create(outages.handle(exchange, failure))
                .expectErrorMatches(error -> error == failure)
                .verify();

        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }
}
