package vn.danvankheo.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.danvankheo.catalog.ModelEditConflictException;
import vn.danvankheo.imports.ImportRejectedException;
import vn.danvankheo.media.StorageUnavailableException;
import vn.danvankheo.media.UnsupportedMediaException;
import vn.danvankheo.media.UploadBeingCheckedException;
import vn.danvankheo.media.UploadClosedException;
import vn.danvankheo.media.UploadIncompleteException;
import vn.danvankheo.media.UploadQuotaExceededException;
import vn.danvankheo.problems.BadInputException;
import vn.danvankheo.problems.NotFoundException;
import vn.danvankheo.problems.PermissionDeniedException;
import vn.danvankheo.recognition.StepRefusedException;
import vn.danvankheo.search.SearchUnavailableException;

/**
 * One translation of failures into RFC 9457 problem details for every JSON endpoint, so each capability states what
 * went wrong (in Vietnamese) and none repeats how to say it over HTTP. Ahead of {@link PageProblems}: a JSON
 * endpoint is a controller too, and must answer with a problem detail, not a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final String RETRY_AFTER_SECONDS = "30";

    /**
     * Each capability's refused input extends {@link BadInputException}; any other IllegalArgumentException is a fault
     * of ours, answered as a server error whose internal message is not shown.
     */
    @ExceptionHandler(BadInputException.class)
    ProblemDetail badRequest(BadInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e);
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ProblemDetail forbidden(PermissionDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", e);
    }

    /** A recognition step out of order, past its deadline or against the campaign's rules; nothing changed. */
    @ExceptionHandler(StepRefusedException.class)
    ProblemDetail stepRefused(StepRefusedException e) {
        return problem(HttpStatus.CONFLICT, "Bước này chưa thực hiện được", e);
    }

    /** The editor's change was not applied; the body says which version is current, to reload and redo. */
    @ExceptionHandler(ModelEditConflictException.class)
    ProblemDetail conflict(ModelEditConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Mô hình đã được cập nhật", e);
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    /** Size refused before sending, or content refused once checked: either way the file will not be taken. */
    @ExceptionHandler(UnsupportedMediaException.class)
    ProblemDetail unsupportedMedia(UnsupportedMediaException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Tệp không được nhận", e);
    }

    /** The browser sends the parts listed and completes again. */
    @ExceptionHandler(UploadIncompleteException.class)
    ProblemDetail uploadIncomplete(UploadIncompleteException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Tệp chưa tải lên đủ", e);
        problem.setProperty("missingParts", e.missingParts());
        return problem;
    }

    @ExceptionHandler(UploadClosedException.class)
    ProblemDetail uploadClosed(UploadClosedException e) {
        return problem(HttpStatus.CONFLICT, "Lượt tải lên đã kết thúc", e);
    }

    /** Nothing was imported; the body lists every row's problems, as the dry run did, to fix the file once. */
    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Tệp chưa nhập được", e);
        problem.setProperty("problems", e.report().problems());
        problem.setProperty("report", e.report());
        return problem;
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<ProblemDetail> searchUnavailable(SearchUnavailableException e) {
        return unavailable("Tìm kiếm tạm thời gián đoạn", e);
    }

    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<ProblemDetail> storageUnavailable(StorageUnavailableException e) {
        return unavailable("Kho lưu trữ tạm thời gián đoạn", e);
    }

    /** The account waits until an upload finishes or a day has passed; nothing was stored. */
    @ExceptionHandler(UploadQuotaExceededException.class)
    ProblemDetail uploadQuotaExceeded(UploadQuotaExceededException e) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Vượt hạn mức tải lên", e);
    }

    /** Nothing to send again: the same completion, asked again a little later, finishes the check. */
    @ExceptionHandler(UploadBeingCheckedException.class)
    ResponseEntity<ProblemDetail> uploadBeingChecked(UploadBeingCheckedException e) {
        return unavailable("Tệp đang được kiểm tra", e);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String title, RuntimeException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, title, e));
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
