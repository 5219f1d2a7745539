package vn.danvankheo.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document is valid for an independent parser, names the public API, and says what the real
 * answers are: each answer's status is one the document lists for its path, with that content type, and its JSON has
 * every field the document calls required, at every depth.
 */
class PublicApiDocumentIntegrationTests extends DemoSiteIntegrationTest {

    private static final String FAMILY = "/api/map/models/{slug}/family";

    private OpenAPI api;

    @BeforeEach
    void readTheDocument() {
        awaitDemoMarkers();
        String document = client().get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
        api = parsed.getOpenAPI();
    }

    @Test
    void theDocumentNamesThePublicApiAndNothingElse() {
        assertThat(api.getInfo().getVersion()).isEqualTo(PublicApiDocument.VERSION);
        assertThat(api.getPaths().keySet())
                .contains(
                        "/api/search/models",
                        "/api/search/models.csv",
                        "/api/search/models.xlsx",
                        "/api/search/models.geojson",
                        "/api/search/leads",
                        "/api/map/markers",
                        "/api/map/clusters",
                        "/api/map/models",
                        "/api/map/counts",
                        "/api/map/models/{slug}/family",
                        "/api/places/search",
                        "/tim-kiem/feed.atom",
                        "/feed/tinh/{code}.atom",
                        "/feed/linh-vuc/{field}.atom");
        assertThat(api.getPaths().keySet())
                .noneMatch(path -> path.startsWith("/api/admin") || path.startsWith("/api/models"));
        Operation search = api.getPaths().get("/api/search/models").getGet();
        assertThat(search.getParameters())
                .extracting(io.swagger.v3.oas.models.parameters.Parameter::getName)
                .contains("q", "after", "near", "km", "within", "field", "province", "hasVideo")
                .doesNotContain("parameters", "exchange");
        assertThat(search.getResponses().get("400").getContent()).containsKey("application/problem+json");
    }

    @Test
    void realAnswersMatchTheirDocumentedStatusTypeAndRequiredFields() {
        record Call(String path, String uri, int status) {}
        List<Call> calls = List.of(
                new Call("/api/search/models", "/api/search/models?q=dan van&size=5", 200),
                new Call("/api/search/models", "/api/search/models?province=01&sort=latest-update", 200),
                new Call("/api/search/models", "/api/search/models?sort=ngau-nhien", 400),
                new Call("/api/search/models", "/api/search/models?khong-co=1", 400),
                new Call("/api/search/leads", "/api/search/leads", 200),
                new Call("/api/map/markers", "/api/map/markers?bbox=102.1,8.4,109.5,23.4", 200),
                new Call("/api/map/clusters", "/api/map/clusters?zoom=5", 200),
                new Call("/api/map/clusters", "/api/map/clusters", 400),
                new Call("/api/map/models", "/api/map/models?page=1", 200),
                new Call("/api/map/counts", "/api/map/counts?level=PROVINCE", 200),
                new Call(FAMILY, "/api/map/models/" + ReplicationMapIntegrationTests.ROOT + "/family", 200),
                new Call(FAMILY, "/api/map/models/khong-co-mo-hinh-nay/family", 404),
                new Call(FAMILY, "/api/map/models/" + ReplicationMapIntegrationTests.ROOT + "/family?nam=2024", 400),
                new Call("/api/places/search", "/api/places/search?q=Hà Nội", 200),
                new Call("/api/search/models.csv", "/api/search/models.csv?province=01", 200),
                new Call("/api/search/models.xlsx", "/api/search/models.xlsx?province=01", 200),
                new Call("/api/search/models.geojson", "/api/search/models.geojson?province=01", 200),
                new Call("/tim-kiem/feed.atom", "/tim-kiem/feed.atom?q=dan van", 200),
                new Call("/feed/tinh/{code}.atom", "/feed/tinh/01.atom", 200));
        for (Call call : calls) {
            EntityExchangeResult<byte[]> result =
                    client().get().uri(call.uri()).exchange().expectBody().returnResult();
            assertThat(result.getStatus().value()).as(call.uri()).isEqualTo(call.status());
            Operation operation = api.getPaths().get(call.path()).getGet();
            ApiResponse documented = operation.getResponses().get(String.valueOf(call.status()));
            assertThat(documented)
                    .as("status %d of %s is documented", call.status(), call.path())
                    .isNotNull();
            String contentType = result.getResponseHeaders().getContentType().getType() + "/"
                    + result.getResponseHeaders().getContentType().getSubtype();
            assertThat(documented.getContent()).as(call.uri()).containsKey(contentType);
            Schema<?> schema = documented.getContent().get(contentType).getSchema();
            if (contentType.endsWith("json")) {
                JsonNode body = json.readTree(result.getResponseBody());
                List<String> missing = new ArrayList<>();
                check(schema, body, "$", missing);
                assertThat(missing)
                        .as("%s against its documented schema", call.uri())
                        .isEmpty();
            }
        }
    }

    @Test
    void theCheckFindsAMissingRequiredFieldAndAWrongType() {
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        List<String> missing = new ArrayList<>();
        check(problem, json.readTree("{\"title\":\"Lỗi\",\"status\":\"400\"}"), "$", missing);
        assertThat(missing).containsExactlyInAnyOrder("$.detail is missing", "$.status is not integer");
    }

    /** Required fields and the basic JSON types, through references, objects, arrays and maps. */
    private void check(Schema<?> schema, JsonNode value, String at, List<String> findings) {
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            check(api.getComponents().getSchemas().get(name), value, at, findings);
            return;
        }
        String type = type(schema);
        if (type == null) {
            return;
        }
        boolean matches = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!matches) {
            findings.add(at + " is not " + type);
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.getItems(), value.get(i), at + "[" + i + "]", findings);
            }
        }
        if (value.isObject()) {
            for (String required : schema.getRequired() == null ? List.<String>of() : schema.getRequired()) {
                if (!value.has(required) || value.get(required).isNull()) {
                    findings.add(at + "." + required + " is missing");
                }
            }
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            properties.forEach((name, property) -> check(property, value.get(name), at + "." + name, findings));
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    if (!properties.containsKey(entry.getKey())) {
                        check(values, entry.getValue(), at + "." + entry.getKey(), findings);
                    }
                }
            }
        }
    }

    /** OpenAPI 3.0 has one type; 3.1 a set of them, of which "null" says only that a value may be absent. */
    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        Set<String> types = schema.getTypes();
        if (types == null) {
            return null;
        }
        return types.stream().filter(t -> !t.equals("null")).findFirst().orElse(null);
    }
}
