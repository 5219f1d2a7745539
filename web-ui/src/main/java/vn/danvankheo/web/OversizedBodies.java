package vn.danvankheo.web;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * A form or JSON body over spring.http.codecs.max-in-memory-size is the sender's doing: 413, not a server error,
 * wherever it was read (a filter reading the form, or a handler's binding). Before Boot's error handler (order -1).
 */
@Component
@Order(-2)
class OversizedBodies implements WebExceptionHandler {

    private final EarlyRefusals refusals;

    OversizedBodies(EarlyRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException
                    && !exchange.getResponse().isCommitted()) {
                return refusals.refuse(
                        exchange,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "Dữ liệu gửi lên quá lớn",
                        "Dữ liệu gửi lên quá lớn (tối đa 2 MB mỗi biểu mẫu). Hãy rút gọn nội dung hoặc tải tệp lên"
                                + " riêng.");
            }
        }
        return Mono.error(failure);
    }
}
