package vn.danvankheo.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import vn.danvankheo.problems.BadInputException;
import vn.danvankheo.problems.NotFoundException;
import vn.danvankheo.problems.PermissionDeniedException;

/**
 * The pages' counterpart of {@link ApiProblems}: a capability's refusal that a page does not answer itself becomes a
 * Vietnamese page with the matching status, never a server error. Pages that show a form again with its message keep
 * doing so; this is for the rest.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(BadInputException.class)
    String badInput(BadInputException e, Model page, ServerWebExchange exchange) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", e, page, exchange);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model page, ServerWebExchange exchange) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e, page, exchange);
    }

    @ExceptionHandler(PermissionDeniedException.class)
    String notPermitted(PermissionDeniedException e, Model page, ServerWebExchange exchange) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", e, page, exchange);
    }

    private static String problem(
            HttpStatus status, String heading, RuntimeException e, Model page, ServerWebExchange exchange) {
        exchange.getResponse().setStatusCode(status);
        page.addAttribute("heading", heading);
        page.addAttribute("message", e.getMessage());
        return "problem";
    }
}
