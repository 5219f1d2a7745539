package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;

/** Exports give exactly the search's matches, in Vietnamese that opens right, and never a press contact. */
class ModelExportIntegrationTests extends SearchIntegrationTest {

    @Autowired
    UnitRegistry units;

    private static final String PHONE = "0912 345 678";
    private static final String EMAIL = "lienhe.baochi@example.vn";

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    ModelSearch search;

    @Autowired
    ModelExports exports;

    @Autowired
    ModelIndex index;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ApplicationContext context;

    @Autowired
    StoryLeads storyLeads;

    @Test
    void csvXlsxAndGeoJsonHoldEveryMatchAndNoContact() throws Exception {
        ModelView withContact = publish("Gốm Bát Tràng xuất khẩu", true);
        publish("Gạo sạch xuất khẩu", false);
        publish("Nông sản xuất khẩu \"ĐẶC BIỆT\", chất lượng", false);
        ModelQuery query = ModelQuery.of("xuất khẩu");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (search.search(query).block().total() < 3) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(200);
        }

        byte[] csv = bytes(exports.csv(query, "https://bando.example", DefaultDataBufferFactory.sharedInstance));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\"Tên mô hình\",\"Chủ thể thực hiện\",\"Lĩnh vực\"");
        assertThat(text)
                .contains("\"Gốm Bát Tràng xuất khẩu\"")
                .contains("\"Nông sản xuất khẩu \"\"ĐẶC BIỆT\"\", chất lượng\"")
                .contains("https://bando.example/mo-hinh/" + withContact.slug())
                .doesNotContain(PHONE)
                .doesNotContain(EMAIL);

        JsonNode geoJson = JsonMapper.builder()
                .build()
                .readTree(bytes(
                        exports.geoJson(query, "https://bando.example", DefaultDataBufferFactory.sharedInstance)));
        assertThat(geoJson.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geoJson.get("features")).hasSize(3);
        assertThat(geoJson.get("features")
                        .get(0)
                        .get("geometry")
                        .get("coordinates")
                        .get(0)
                        .asDouble())
                .isEqualTo(105.84);
        assertThat(geoJson.toString()).doesNotContain(PHONE).doesNotContain(EMAIL);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                bytes(exports.xlsx(query, "https://bando.example", DefaultDataBufferFactory.sharedInstance))))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(ModelExports.columns());
            List<String> cells = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                sheet.getRow(r).forEach(cell -> cells.add(new DataFormatter().formatCellValue(cell)));
            }
            assertThat(cells)
                    .contains("Gốm Bát Tràng xuất khẩu", "Nông sản xuất khẩu \"ĐẶC BIỆT\", chất lượng", "Hợp tác xã")
                    .contains("https://bando.example/mo-hinh/" + withContact.slug())
                    .doesNotContain(PHONE, EMAIL, "Chị Lan");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2023);
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(105.84);
        }

        var stored = client.get(g -> g.index(index.alias()).id(withContact.id().toString()), JsonData.class);
        assertThat(stored.source().toString())
                .contains("Bát Tràng")
                .doesNotContain(PHONE)
                .doesNotContain(EMAIL);
    }

    @Test
    void aSearchAProvinceAndAFieldEachHaveAnAtomFeedAndTheExportsAnAddress() throws Exception {
        ModelView model = publish("Hợp tác xã theo dõi bằng nguồn tin", false);
        WebTestClient web = WebTestClient.bindToApplicationContext(context).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (search.search(ModelQuery.of("nguồn tin")).block().total() < 1) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(200);
        }

        String feed = web.get()
                .uri("/tim-kiem/feed.atom?q={q}", "nguon tin")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("application/atom+xml")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(feed)
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("<title>Hợp tác xã theo dõi bằng nguồn tin</title>")
                .contains("/mo-hinh/" + model.slug())
                .containsOnlyOnce("<entry>")
                .doesNotContain(PHONE, EMAIL, "Chị Lan");
        assertThat(web.get()
                        .uri("/feed/tinh/01.atom")
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("/mo-hinh/" + model.slug());
        assertThat(web.get()
                        .uri("/feed/linh-vuc/CULTURE_SOCIETY_PEOPLE.atom")
                        .exchange()
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .doesNotContain("/mo-hinh/" + model.slug());
        byte[] csv = web.get()
                .uri("/api/search/models.csv?q={q}", "nguồn tin")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/csv")
                .expectBody()
                .returnResult()
                .getResponseBody();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF\"Tên mô hình\"");
        byte[] xlsx = web.get()
                .uri("/api/search/models.xlsx?q={q}", "nguồn tin")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader()
                .value(
                        "Content-Disposition",
                        disposition -> assertThat(disposition).contains(".xlsx"))
                .expectBody()
                .returnResult()
                .getResponseBody();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Hợp tác xã theo dõi bằng nguồn tin");
        }
    }

    @Test
    void storyLeadsShowFreshModelsAndTheLeastCoveredFields() throws Exception {
        ModelView model = publish("Tin mới cho báo chí", false);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (search.search(ModelQuery.of("tin mới cho báo chí")).block().total() < 1) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(200);
        }

        StoryLeads.Leads leads = storyLeads.now().block(Duration.ofSeconds(20));

        assertThat(leads.recentlyRecognised()).isEmpty();
        assertThat(leads.freshMedia())
                .extracting(FoundModel::id)
                .doesNotContain(model.id().toString());
        assertThat(leads.quietFields()).isNotEmpty();
        assertThat(leads.quietFields())
                .extracting(StoryLeads.Coverage::recentlyUpdated)
                .isSorted();
        assertThat(leads.quietProvinces())
                .extracting(StoryLeads.Coverage::label)
                .contains("Thành phố Hà Nội");
    }

    private static byte[] bytes(Flux<DataBuffer> buffers) {
        var out = new ByteArrayOutputStream();
        buffers.doOnNext(buffer -> {
                    byte[] chunk = new byte[buffer.readableByteCount()];
                    buffer.read(chunk);
                    out.writeBytes(chunk);
                    DataBufferUtils.release(buffer);
                })
                .blockLast(Duration.ofSeconds(30));
        return out.toByteArray();
    }

    private ModelView publish(String name, boolean contactConsented) {
        ModelDetails details = new ModelDetails(
                OwnerDisclosure.FULL_NAME,
                false,
                null,
                null,
                null,
                null,
                null,
                new ModelDetails.PressContact("Chị Lan", PHONE, EMAIL, contactConsented));
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "xuat-" + UUID.randomUUID().toString().substring(0, 8),
                                TestUnits.of(units, "Hợp tác xã", "00004"),
                                new ModelProfile(
                                        name,
                                        "Hợp tác xã",
                                        OwnerKind.COLLECTIVE,
                                        Field.ECONOMY_SCIENCE_ENVIRONMENT,
                                        2023,
                                        "Đưa sản phẩm ra thế giới.",
                                        "<p>Câu chuyện.</p>"),
                                new ModelLocation(21.03, 105.84, "00004"),
                                List.of(),
                                details,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }
}
