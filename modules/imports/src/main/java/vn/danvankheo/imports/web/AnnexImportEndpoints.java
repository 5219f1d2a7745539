package vn.danvankheo.imports.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.imports.AnnexImport;
import vn.danvankheo.imports.ImportFile;
import vn.danvankheo.imports.ImportReport;
import vn.danvankheo.imports.ImportResult;
import vn.danvankheo.imports.InvalidImportFileException;

/**
 * Annex 01 imports for signed-in accounts: a multipart {@code file} and an optional {@code mapping} part, a JSON
 * object from header to target ({@code {"Tên MH": "NAME", "Ghi chú": ""}}). The dry run stores nothing; the commit
 * runs it again and registers every row or none.
 */
@RestController
@RequestMapping("/api/imports/annex-01")
class AnnexImportEndpoints {

    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {};

    private final AnnexImport imports;
    private final JsonMapper json;

    AnnexImportEndpoints(AnnexImport imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(path = "/dry-run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ImportReport> dryRun(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestPart("file") FilePart file,
            @RequestPart(name = "mapping", required = false) String mapping) {
        return ImportFile.read(file, imports.maxFileBytes())
                .flatMap(content -> imports.dryRun(signedIn.account(), content, mapping(mapping)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<ImportResult>> commit(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @RequestPart("file") FilePart file,
            @RequestPart(name = "mapping", required = false) String mapping) {
        return ImportFile.read(file, imports.maxFileBytes())
                .flatMap(content -> imports.commit(signedIn.account(), content, mapping(mapping)))
                .map(result -> ResponseEntity.status(HttpStatus.CREATED).body(result));
    }

    private Map<String, String> mapping(String given) {
        if (given == null || given.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(given, MAPPING);
        } catch (JacksonException e) {
            throw new InvalidImportFileException(
                    "Phần ghép cột (mapping) phải là JSON dạng {\"Tên cột trong tệp\": \"NAME\", ...}.", e);
        }
    }
}
