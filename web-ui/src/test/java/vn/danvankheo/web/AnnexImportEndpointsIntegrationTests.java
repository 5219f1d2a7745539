package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import vn.danvankheo.accounts.NewAccount;
import vn.danvankheo.accounts.Role;
import vn.danvankheo.catalog.ModelCatalog;

/** Annex-01 imports over HTTP, as the page and other clients use them: a real sign-in, CSRF, multipart uploads. */
class AnnexImportEndpointsIntegrationTests extends DemoSiteIntegrationTest {

    private static final String UNIT = "Đảng ủy phường Ngọc Hà";
    private static final String HEADER = "STT;Tên mô hình;Đơn vị/tập thể/cá nhân thực hiện;Lĩnh vực;Xã/phường/đặc khu;"
            + "Tỉnh/thành phố;Năm bắt đầu;Nội dung, mục tiêu";

    @Autowired
    ModelCatalog catalog;

    private String tag;
    private SignedInSession session;

    @BeforeEach
    void contributorOfHanoi() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "nhap-lieu-" + tag;
        accounts.open(new NewAccount(
                username, "Cán bộ nhập liệu", PASSWORD, Role.CONTRIBUTOR, unit(UNIT, "01", null), "01", null, null));
        session = SignedInSession.signIn(client(), username, PASSWORD);
    }

    @Test
    void aDryRunReportsEachRowsProblemsAndStoresNothing() {
        byte[] file = csv(
                "1;Sân chơi " + tag + ";Chi đoàn tổ dân phố 2;Kinh tế;Ngọc Hà;Hà Nội;2026;Làm sân chơi.",
                "2;Vườn hoa " + tag + ";Chi hội phụ nữ;Kinh tế;Ngọc Hà;Hà Nội;31/11/2026;Trồng hoa.");

        session.signed(client().post().uri("/api/imports/annex-01/dry-run"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, null)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.headerRow")
                .isEqualTo(2)
                .jsonPath("$.committable")
                .isEqualTo(false)
                .jsonPath("$.errorCount")
                .isEqualTo(1)
                .jsonPath("$.problems[?(@.severity == 'ERROR')].row")
                .isEqualTo(List.of(4))
                .jsonPath("$.problems[?(@.severity == 'ERROR')].column")
                .isEqualTo(List.of("Năm bắt đầu"))
                .jsonPath("$.problems[?(@.severity == 'ERROR')].message")
                .isEqualTo(List.of("Ngày \"31/11/2026\" không có thật trên lịch."));

        assertThat(catalog.similar("Sân chơi " + tag, "00008", 21.038124, 105.816315))
                .isEmpty();
    }

    @Test
    void aCommitWithAnErrorIsRefusedWithEveryRowsProblems() {
        byte[] file = csv(
                "1;Sân chơi " + tag + ";Chi đoàn tổ dân phố 2;Kinh tế;Ngọc Hà;Hà Nội;2026;Làm sân chơi.",
                "2;Vườn hoa " + tag + ";;Thể thao;Ngọc Hà;Hà Nội;2026;Trồng hoa.");

        session.signed(client().post().uri("/api/imports/annex-01"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, null)))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Tệp chưa nhập được")
                .jsonPath("$.problems[?(@.severity == 'ERROR')].column")
                .isEqualTo(List.of("Đơn vị/tập thể/cá nhân thực hiện", "Lĩnh vực"));

        assertThat(catalog.similar("Sân chơi " + tag, "00008", 21.038124, 105.816315))
                .isEmpty();
    }

    @Test
    void aCleanFileWithAMappingIsRegisteredAsDrafts() {
        byte[] file = csv(
                "1;Sân chơi " + tag + ";Chi đoàn tổ dân phố 2;Kinh tế;Ngọc Hà;Hà Nội;2026;Làm sân chơi.",
                "2;Vườn hoa " + tag + ";Chi hội phụ nữ;Văn hóa - xã hội;00008;;2025;Trồng hoa.");
        String mapping = json.writeValueAsString(Map.of("STT", "", "Nội dung, mục tiêu", "NOTE"));

        session.signed(client().post().uri("/api/imports/annex-01"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, mapping)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.registered")
                .isEqualTo(2)
                .jsonPath("$.models[*].status")
                .isEqualTo(List.of("DRAFT", "DRAFT"))
                .jsonPath("$.models[*].row")
                .isEqualTo(List.of(3, 4))
                .jsonPath("$.report.columns[0].target")
                .doesNotExist();

        assertThat(catalog.similar("Vườn hoa " + tag, "00008", 21.038124, 105.816315))
                .singleElement()
                .satisfies(model -> {
                    assertThat(model.registeringUnit()).isEqualTo(UNIT);
                    assertThat(model.profile().story()).isEqualTo("<p>Nội dung, mục tiêu: Trồng hoa.</p>");
                });
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() {
        byte[] file =
                csv("1;Sân chơi " + tag + ";Chi đoàn;Kinh tế;Ngọc Hà;Hà Nội;2026;" + "x".repeat(11 * 1024 * 1024));

        session.signed(client().post().uri("/api/imports/annex-01/dry-run"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, null)))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Tệp quá lớn: mỗi tệp nhập tối đa 10 MB.");
    }

    @Test
    void withoutTheCsrfHeaderOrASignInNothingIsRead() {
        byte[] file = csv("1;Sân chơi " + tag + ";Chi đoàn;Kinh tế;Ngọc Hà;Hà Nội;2026;Làm sân chơi.");

        client().post()
                .uri("/api/imports/annex-01")
                .cookie("SESSION", session.session())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, null)))
                .exchange()
                .expectStatus()
                .isForbidden();
        String token = SignedInSession.form(client()).csrfCookie();
        client().post()
                .uri("/api/imports/annex-01/dry-run")
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, null)))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void theImportPageIsForSignedInAccounts() {
        String html = session.page(client(), "/nhap-du-lieu");
        assertThat(html)
                .contains("Nhập danh sách mô hình từ Phụ lục 01", UNIT, "/js/import.js")
                .contains("<option value=\"COMMUNE\">Xã/phường/đặc khu</option>");

        client().get()
                .uri("/nhap-du-lieu")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .location("/dang-nhap");
    }

    @Test
    void aMalformedMappingIsRefusedAsBadInput() {
        byte[] file = csv("1;Sân chơi " + tag + ";Chi đoàn tổ dân phố 2;Kinh tế;Ngọc Hà;Hà Nội;2026;Làm sân chơi.");

        session.signed(client().post().uri("/api/imports/annex-01/dry-run"))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(upload(file, "{\"STT\": ")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("Phần ghép cột"));
    }

    /** A title row above the header, semicolons and a byte-order mark, as Excel saves "CSV UTF-8" in Viet Nam. */
    private static byte[] csv(String... rows) {
        String text = "\uFEFFBẢN TỔNG HỢP ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2026\r\n" + HEADER + "\r\n"
                + String.join("\r\n", rows) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MultiValueMap<String, HttpEntity<?>> upload(byte[] file, String mapping) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(file) {
                    @Override
                    public String getFilename() {
                        return "phu-luc-01.csv";
                    }
                })
                .contentType(MediaType.parseMediaType("text/csv"));
        if (mapping != null) {
            body.part("mapping", mapping);
        }
        return body.build();
    }
}
