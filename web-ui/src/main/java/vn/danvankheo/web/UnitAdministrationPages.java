package vn.danvankheo.web;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountAdministration;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.AccountsScheduler;
import vn.danvankheo.accounts.AdministrationRefusedException;
import vn.danvankheo.accounts.InvalidUnitException;
import vn.danvankheo.accounts.NewUnit;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.accounts.UnitAdministration;
import vn.danvankheo.accounts.UnitKind;
import vn.danvankheo.imports.ImportFile;
import vn.danvankheo.imports.InvalidImportFileException;
import vn.danvankheo.imports.SheetFormat;
import vn.danvankheo.imports.UnitSheetRejectedException;
import vn.danvankheo.imports.UnitSheets;

/**
 * Units for administrators: find them by name, create one, rename it or change its kind and parent, deactivate and
 * reactivate it. A province's administrator sees and changes that province's units only; the audit trail shows every
 * change.
 */
@Controller
class UnitAdministrationPages {

    static final String PAGE = AdministrationPages.PAGE + "/don-vi";
    private static final int SHOWN = 200;
    private static final int PARENTS_OFFERED = 1000;
    private static final int TRAIL_SHOWN = 30;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final UnitAdministration units;
    private final AccountAdministration accounts;
    private final UnitSheets sheets;
    private final AccountsScheduler scheduler;

    UnitAdministrationPages(
            UnitAdministration units, AccountAdministration accounts, UnitSheets sheets, AccountsScheduler scheduler) {
        this.scheduler = scheduler;
        this.units = units;
        this.accounts = accounts;
        this.sheets = sheets;
    }

    @GetMapping(PAGE + "/mau.xlsx")
    Mono<ResponseEntity<byte[]>> xlsxTemplate(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return template(signedIn.account(), SheetFormat.XLSX, XLSX, "mau-don-vi.xlsx");
    }

    @GetMapping(PAGE + "/mau.csv")
    Mono<ResponseEntity<byte[]>> csvTemplate(@AuthenticationPrincipal AccountPrincipal signedIn) {
        return template(signedIn.account(), SheetFormat.CSV, CSV, "mau-don-vi.csv");
    }

    /** The dry run ({@code buoc=kiem-tra}) lists each row's problems; the import ({@code buoc=nhap}) records all or none. */
    @PostMapping(path = PAGE + "/nhap", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> importSheet(
            @AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account administrator = signedIn.account();
        if (administrator.role() != Role.ADMINISTRATOR) {
            return show(administrator, new View(null, null, null, null), page, exchange);
        }
        return exchange.getMultipartData()
                .flatMap(parts -> {
                    boolean commit = parts.getFirst("buoc") instanceof FormFieldPart step
                            && step.value().equals("nhap");
                    if (!(parts.getFirst("file") instanceof FilePart file)) {
                        return Mono.error(new InvalidUnitException("Chưa chọn tệp bảng tính."));
                    }
                    return ImportFile.read(file, sheets.maxFileBytes())
                            .flatMap(content -> blocking(() -> {
                                if (!commit) {
                                    page.addAttribute("review", sheets.review(administrator, content));
                                    return new View(null, null, null, null);
                                }
                                try {
                                    int recorded = sheets.commit(administrator, content)
                                            .size();
                                    return new View(null, null, "Đã nhập " + recorded + " đơn vị từ tệp.", null);
                                } catch (UnitSheetRejectedException e) {
                                    page.addAttribute("review", e.review());
                                    throw e;
                                }
                            }));
                })
                .flatMap(view -> show(administrator, view, page, exchange))
                .onErrorResume(error -> refused(administrator, error, page, exchange));
    }

    private Mono<ResponseEntity<byte[]>> template(
            Account administrator, SheetFormat format, MediaType type, String fileName) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            return Mono.just(ResponseEntity.status(HttpStatus.FORBIDDEN).build());
        }
        return blocking(() -> ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(sheets.template(format)));
    }

    @GetMapping(PAGE)
    Mono<String> page(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "sua", required = false) UUID editing,
            Model page,
            ServerWebExchange exchange) {
        return show(signedIn.account(), new View(query, editing, null, null), page, exchange)
                .onErrorResume(error -> refused(signedIn.account(), error, page, exchange));
    }

    @PostMapping(PAGE + "/moi")
    Mono<String> create(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account administrator = signedIn.account();
        return exchange.getFormData()
                .flatMap(form -> blocking(() -> "Đã tạo đơn vị \""
                        + units.create(
                                        administrator,
                                        new NewUnit(
                                                text(form, "name"),
                                                kind(text(form, "kind")),
                                                text(form, "provinceCode"),
                                                text(form, "communeCode"),
                                                id(text(form, "parentId"))))
                                .name()
                        + "\"."))
                .flatMap(done -> show(administrator, new View(null, null, done, null), page, exchange))
                .onErrorResume(error -> refused(administrator, error, page, exchange));
    }

    @PostMapping(PAGE + "/{id}/{change}")
    Mono<String> change(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            @PathVariable String change,
            Model page,
            ServerWebExchange exchange) {
        Account administrator = signedIn.account();
        return exchange.getFormData()
                .flatMap(form -> blocking(() -> switch (change) {
                    case "sua" ->
                        "Đã lưu đơn vị \""
                                + units.change(
                                                administrator,
                                                id,
                                                text(form, "name"),
                                                kind(text(form, "kind")),
                                                id(text(form, "parentId")))
                                        .name()
                                + "\".";
                    case "ngung" ->
                        "Đã ngừng hoạt động đơn vị \""
                                + units.deactivate(administrator, id).name() + "\".";
                    case "mo-lai" ->
                        "Đã mở lại đơn vị \""
                                + units.reactivate(administrator, id).name() + "\".";
                    default -> throw new InvalidUnitException("Không có thao tác \"" + change + "\".");
                }))
                .flatMap(done -> show(administrator, new View(null, null, done, null), page, exchange))
                .onErrorResume(error -> refused(administrator, error, page, exchange));
    }

    private Mono<String> refused(Account administrator, Throwable error, Model page, ServerWebExchange exchange) {
        if (error instanceof AdministrationRefusedException) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
        } else if (error instanceof IllegalArgumentException || error instanceof InvalidImportFileException) {
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        } else {
            return Mono.error(error);
        }
        if (administrator.role() != Role.ADMINISTRATOR) {
            return ModerationPages.refused((RuntimeException) error, page, exchange);
        }
        return show(administrator, new View(null, null, null, error.getMessage()), page, exchange);
    }

    private Mono<String> show(Account administrator, View view, Model page, ServerWebExchange exchange) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            return ModerationPages.refused(
                    new AdministrationRefusedException("Chỉ quản trị viên mới vào trang quản trị."), page, exchange);
        }
        return blocking(() -> {
            page.addAttribute("account", administrator);
            page.addAttribute("where", units.describe(administrator.scope()));
            page.addAttribute("query", view.query() == null ? "" : view.query().strip());
            page.addAttribute("list", units.units(administrator, view.query(), SHOWN));
            page.addAttribute(
                    "parents",
                    units.units(administrator, null, PARENTS_OFFERED).units().stream()
                            .filter(UnitAdministration.ManagedUnit::active)
                            .toList());
            page.addAttribute("editing", view.editing() == null ? null : units.unit(administrator, view.editing()));
            page.addAttribute("kinds", UnitKind.values());
            page.addAttribute("provinceCode", administrator.scope().provinceCode());
            page.addAttribute("trail", accounts.trail(administrator, TRAIL_SHOWN));
            page.addAttribute("time", new AdministrationPages.VietnamTime());
            page.addAttribute("done", view.done());
            page.addAttribute("error", view.error());
            return "unit-administration";
        });
    }

    private static UnitKind kind(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UnitKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitException("Giá trị \"" + value + "\" không phải một loại đơn vị.");
        }
    }

    private static UUID id(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitException("Đơn vị cấp trên đã chọn không có trong danh sách.");
        }
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private <T> Mono<T> blocking(Callable<T> work) {
        return scheduler.run(work);
    }

    /** What the page shows besides the list: the search, the unit being changed, the outcome of the last change. */
    private record View(String query, UUID editing, String done, String error) {}
}
