package vn.danvankheo.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.MultiValueMap;
import vn.danvankheo.search.ModelFilter;
import vn.danvankheo.search.SearchParameters;

/**
 * The public read API as OpenAPI at /v3/api-docs. springdoc finds the paths and the record types they answer with;
 * what it cannot see is added here: the search and filter parameters, which the endpoints read from the whole query
 * so that an unknown one is refused; the GeoJSON and file bodies written by hand; the fields always present; and the
 * RFC 9457 problem every error is.
 */
@Configuration(proxyBeanMethods = false)
class PublicApiDocument {

    static final String VERSION = "1.0.0";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String GEO_JSON = "application/geo+json";
    private static final String FAMILY = "/api/map/models/{slug}/family";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Search's own parameters without the paging ones, which mean nothing to a whole export or a feed. */
    private static final List<String> WHOLE_SEARCH = SearchParameters.OWN.stream()
            .filter(name -> !name.equals("after") && !name.equals("size"))
            .toList();

    /**
     * Fields a client may rely on in the types springdoc derives from the records (the others may be null or
     * absent).
     */
    private static final Map<String, List<String>> ALWAYS_PRESENT = Map.of(
            "SearchResults", List.of("total", "models", "facets", "places", "text"),
            "FoundModel",
                    List.of("id", "slug", "url", "name", "nameHtml", "field", "fieldLabel", "yearStarted", "badges"),
            "FacetCount", List.of("value", "label", "count"),
            "Leads", List.of("recentlyRecognised", "freshMedia", "quietFields", "quietProvinces"),
            "Coverage", List.of("value", "label", "models", "recentlyUpdated"),
            "PlaceMatch", List.of("unit"),
            "AdminUnit", List.of("code", "level", "provinceCode", "name", "fullName"));

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "q",
                    "Từ cần tìm, có dấu hay không dấu; \"cụm từ\" trong ngoặc kép; tên tỉnh, xã được hiểu là nơi."),
            Map.entry("sort", "relevance (mặc định), latest-update hoặc latest-recognition."),
            Map.entry("after", "Con trỏ trang sau, lấy từ trường next của trang trước."),
            Map.entry("size", "Số kết quả mỗi trang (1–100)."),
            Map.entry("updatedSince", "Chỉ mô hình cập nhật từ ngày này (2026-11-01) hoặc thời điểm này (ISO 8601)."),
            Map.entry("bbox", "Khung nhìn bản đồ: tây,nam,đông,bắc (kinh độ, vĩ độ)."),
            Map.entry("near", "Tâm tìm quanh: vĩ độ,kinh độ."),
            Map.entry("km", "Bán kính quanh near, tính bằng km (mặc định 10)."),
            Map.entry("within", "Trong đường ranh giới của một tỉnh (mã 2 chữ số) hoặc xã, phường (mã 5 chữ số)."),
            Map.entry(
                    "field", "Lĩnh vực (tên hằng, theo hướng dẫn 2026–2030 hay cách chia cũ); lặp lại để chọn nhiều."),
            Map.entry("province", "Mã tỉnh, thành phố (2 chữ số); lặp lại để chọn nhiều."),
            Map.entry("commune", "Mã xã, phường, đặc khu (5 chữ số); lặp lại để chọn nhiều."),
            Map.entry("recognition", "Cấp công nhận: none, grassroots, provincial, central."),
            Map.entry("recognitionYear", "Năm được công nhận."),
            Map.entry("owner", "collective (tập thể) hoặc individual (cá nhân)."),
            Map.entry("stage", "new (mô hình mới) hoặc continuing (tiếp tục)."),
            Map.entry("hasPhotos", "true: chỉ mô hình có ảnh."),
            Map.entry("hasVideo", "true: chỉ mô hình có video."),
            Map.entry("startedFrom", "Năm bắt đầu, từ."),
            Map.entry("startedTo", "Năm bắt đầu, đến."),
            Map.entry("zoom", "Mức phóng của bản đồ, 0–22."),
            Map.entry("page", "Trang của danh sách, từ 1."),
            Map.entry("level", "PROVINCE (mặc định) hoặc COMMUNE."));

    @Bean
    OpenAPI publicApi() {
        // The endpoints read the whole query as a map so that they can refuse what they do not know; the parameters
        // are described below instead of as one object named "parameters".
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(MultiValueMap.class);
        return new OpenAPI()
                .info(new Info()
                        .title("Bản đồ số mô hình “Dân vận khéo” – API công khai")
                        .version(VERSION)
                        .description("Đọc công khai: tìm kiếm mô hình cho báo chí, bản đồ, nguồn tin Atom, tệp xuất "
                                + "(CSV, XLSX, GeoJSON) và địa danh. Mọi lỗi là một problem detail (RFC 9457), thông "
                                + "điệp bằng tiếng Việt. Public read API: model search, map, Atom feeds, exports and "
                                + "places; every error is an RFC 9457 problem detail."));
    }

    @Bean
    OpenApiCustomizer publicApiDetails() {
        return api -> {
            // Here rather than on the OpenAPI bean: springdoc replaces the bean's schemas with those it derives.
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            components
                    .addSchemas("Problem", problem())
                    .addSchemas("FeatureCollection", featureCollection())
                    .addSchemas("ListedModels", listedModels())
                    .addSchemas("UnitCounts", unitCounts())
                    .addSchemas("Family", family());
            api.components(components);
            api.getComponents().getSchemas().forEach((name, schema) -> {
                List<String> present = ALWAYS_PRESENT.get(name);
                if (present != null) {
                    schema.setRequired(new ArrayList<>(present));
                }
            });
            api.getPaths().forEach((path, item) -> {
                Operation get = item.getGet();
                if (get != null) {
                    describe(path, get);
                    get.getResponses().addApiResponse("400", problemResponse("Tham số không hợp lệ."));
                    get.getResponses().addApiResponse("500", problemResponse("Lỗi của máy chủ."));
                    if (!path.startsWith("/api/places")) {
                        get.getResponses()
                                .addApiResponse("503", problemResponse("Tìm kiếm tạm thời gián đoạn; thử lại sau."));
                    }
                }
            });
        };
    }

    private static void describe(String path, Operation operation) {
        switch (path) {
            case "/api/search/models" -> {
                operation.summary("Tìm mô hình (có phân loại, trích đoạn tô sáng, phân trang bằng con trỏ)");
                parameters(operation, SearchParameters.OWN);
                parameters(operation, ModelFilter.PARAMETERS);
            }
            case "/api/search/models.csv" -> export(operation, "CSV (UTF-8 có BOM, mở đúng trong Excel)", "text/csv");
            case "/api/search/models.xlsx" -> export(operation, "Bảng tính Excel", XLSX);
            case "/api/search/models.geojson" -> export(operation, "GeoJSON", GEO_JSON);
            case "/api/search/leads" -> operation.summary("Gợi ý đề tài cho báo chí");
            case "/tim-kiem/feed.atom", "/feed.atom" -> {
                operation.summary("Nguồn tin Atom của một tìm kiếm (50 mô hình thay đổi gần nhất)");
                parameters(operation, WHOLE_SEARCH);
                parameters(operation, ModelFilter.PARAMETERS);
                atom(operation);
            }
            case "/feed/tinh/{code}.atom" -> {
                operation.summary("Nguồn tin Atom của một tỉnh, thành phố");
                atom(operation);
            }
            case "/feed/linh-vuc/{field}.atom" -> {
                operation.summary("Nguồn tin Atom của một lĩnh vực");
                atom(operation);
            }
            case "/api/map/models" -> {
                operation.summary("Danh sách mô hình trong khung nhìn, một trang");
                parameters(operation, List.of("bbox", "sort", "page"));
                parameters(operation, ModelFilter.PARAMETERS);
                body(operation, "application/json", ref("ListedModels"));
            }
            case "/api/map/clusters" -> {
                operation.summary("Cụm và mô hình để vẽ bản đồ ở một mức phóng");
                parameters(operation, List.of("bbox"));
                operation.addParametersItem(parameter("zoom").required(true));
                parameters(operation, ModelFilter.PARAMETERS);
                body(operation, GEO_JSON, ref("FeatureCollection"));
            }
            case "/api/map/markers" -> {
                operation.summary("Mô hình trong khung nhìn, dạng GeoJSON");
                parameters(operation, List.of("bbox"));
                parameters(operation, ModelFilter.PARAMETERS);
                body(operation, GEO_JSON, ref("FeatureCollection"));
            }
            case "/api/map/counts" -> {
                operation.summary("Số mô hình theo tỉnh hoặc theo xã");
                parameters(operation, List.of("level"));
                parameters(operation, ModelFilter.PARAMETERS);
                body(operation, "application/json", ref("UnitCounts"));
            }
            case FAMILY -> {
                operation.summary(
                        "Quá trình nhân rộng của một mô hình: mô hình gốc và mọi thế hệ nhân rộng đã công bố, "
                                + "dạng GeoJSON (điểm cho từng mô hình, đường từ mô hình gốc tới nơi học tập)");
                body(operation, GEO_JSON, ref("Family"));
                operation.getResponses().addApiResponse("404", problemResponse("Không có mô hình đã công bố này."));
            }
            default -> {
                // Places' parameters are declared on the endpoints and springdoc reads them as they are.
            }
        }
    }

    private static void export(Operation operation, String what, String mediaType) {
        operation.summary(
                "Tải mọi mô hình khớp tìm kiếm: " + what + "; chỉ những gì công khai, không có liên hệ báo chí");
        parameters(operation, WHOLE_SEARCH);
        parameters(operation, ModelFilter.PARAMETERS);
        Schema<?> file = mediaType.equals(GEO_JSON) ? ref("FeatureCollection") : new StringSchema().format("binary");
        body(operation, mediaType, file);
    }

    private static void atom(Operation operation) {
        body(operation, "application/atom+xml", new StringSchema());
    }

    private static void body(Operation operation, String mediaType, Schema<?> schema) {
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = new ApiResponse()
                .description(
                        responses.get("200") == null
                                ? "OK"
                                : responses.get("200").getDescription())
                .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
        responses.addApiResponse("200", ok);
    }

    private static void parameters(Operation operation, List<String> names) {
        names.forEach(name -> operation.addParametersItem(parameter(name)));
    }

    private static Parameter parameter(String name) {
        Schema<?> schema = switch (name) {
            case "size", "zoom", "page", "recognitionYear", "startedFrom", "startedTo" -> new IntegerSchema();
            case "km" -> new NumberSchema();
            case "hasPhotos", "hasVideo" -> new BooleanSchema();
            case "field", "province", "commune", "recognition" -> new ArraySchema().items(new StringSchema());
            default -> new StringSchema();
        };
        Parameter parameter = new Parameter()
                .in("query")
                .name(name)
                .description(DESCRIPTIONS.get(name))
                .schema(schema);
        if (schema instanceof ArraySchema) {
            parameter.explode(true);
        }
        return parameter;
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref("Problem"))));
    }

    private static Schema<?> ref(String component) {
        return new Schema<>().$ref("#/components/schemas/" + component);
    }

    private static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().description("Loại lỗi (URI); about:blank khi không có loại riêng."));
        properties.put("title", new StringSchema().description("Tên lỗi, tiếng Việt."));
        properties.put("status", new IntegerSchema().description("Mã trạng thái HTTP."));
        properties.put("detail", new StringSchema().description("Điều gì sai và cách sửa, tiếng Việt."));
        properties.put("instance", new StringSchema().description("Địa chỉ đã yêu cầu."));
        return new ObjectSchema()
                .description("RFC 9457 problem detail")
                .properties(properties)
                .required(List.of("title", "status", "detail"));
    }

    private static Schema<?> featureCollection() {
        Map<String, Schema> geometry = new LinkedHashMap<>();
        geometry.put("type", new StringSchema()._enum(List.of("Point")));
        geometry.put(
                "coordinates",
                new ArraySchema()
                        .items(new NumberSchema())
                        .minItems(2)
                        .maxItems(2)
                        .description("Kinh độ trước, vĩ độ sau (RFC 7946)."));
        Map<String, Schema> feature =
                feature(geometry, "Tên, địa chỉ trang, lĩnh vực, địa bàn; với một cụm: cluster, count, bounds.");
        Map<String, Schema> collection = new LinkedHashMap<>();
        collection.put("type", new StringSchema()._enum(List.of("FeatureCollection")));
        collection.put(
                "features",
                new ArraySchema()
                        .items(new ObjectSchema()
                                .properties(feature)
                                .required(List.of("type", "geometry", "properties"))));
        collection.put("total", new IntegerSchema().description("Số mô hình khớp (bản đồ)."));
        return new ObjectSchema().properties(collection).required(List.of("type", "features"));
    }

    private static Schema<?> listedModels() {
        Map<String, Schema> model = new LinkedHashMap<>();
        for (String name : List.of("id", "slug", "name", "field", "fieldLabel", "commune", "province", "url")) {
            model.put(name, new StringSchema());
        }
        model.put("yearStarted", new IntegerSchema());
        model.put("latitude", new NumberSchema());
        model.put("longitude", new NumberSchema());
        model.put("photoUrl", new StringSchema());
        Map<String, Schema> page = new LinkedHashMap<>();
        for (String name : List.of("total", "page", "pages", "pageSize")) {
            page.put(name, new IntegerSchema());
        }
        page.put("sort", new StringSchema());
        page.put(
                "models",
                new ArraySchema()
                        .items(new ObjectSchema()
                                .properties(model)
                                .required(List.of("id", "slug", "name", "field", "url", "latitude", "longitude"))));
        return new ObjectSchema()
                .properties(page)
                .required(List.of("total", "page", "pages", "pageSize", "sort", "models"));
    }

    /** A GeoJSON feature's members: its geometry as given, its properties described in words. */
    private static Map<String, Schema> feature(Map<String, Schema> geometry, String properties) {
        Map<String, Schema> feature = new LinkedHashMap<>();
        feature.put("type", new StringSchema()._enum(List.of("Feature")));
        feature.put("id", new StringSchema());
        feature.put("geometry", new ObjectSchema().properties(geometry).required(List.of("type", "coordinates")));
        feature.put("properties", new ObjectSchema().description(properties));
        return feature;
    }

    private static Schema<?> family() {
        Map<String, Schema> geometry = new LinkedHashMap<>();
        geometry.put("type", new StringSchema()._enum(List.of("Point", "LineString")));
        geometry.put(
                "coordinates",
                new ArraySchema()
                        // Numbers for a point, pairs of numbers for a line: OpenAPI 3.0 has no "one of" simpler.
                        .items(new Schema<>())
                        .description("Point: kinh độ, vĩ độ (RFC 7946). LineString: hai điểm, từ mô hình đã học tập "
                                + "tới mô hình học tập từ nó."));
        Map<String, Schema> feature = feature(
                geometry,
                "kind = model: slug, name, url, commune, communeCode, province, provinceCode, "
                        + "yearStarted, generation (0 là mô hình gốc), root, learnedFrom (slug hoặc null). "
                        + "kind = learnedFrom: from, to (slug), yearStarted của mô hình học tập.");
        Map<String, Schema> year = new LinkedHashMap<>();
        for (String name : List.of("year", "started", "models", "communes", "provinces")) {
            year.put(name, new IntegerSchema());
        }
        Map<String, Schema> collection = new LinkedHashMap<>();
        collection.put("type", new StringSchema()._enum(List.of("FeatureCollection")));
        collection.put("root", new StringSchema().description("Slug của mô hình gốc."));
        collection.put("generations", new IntegerSchema().description("Số thế hệ, kể cả mô hình gốc."));
        collection.put(
                "truncated",
                new BooleanSchema().description("true: họ mô hình vượt giới hạn, chỉ có những thế hệ đầu."));
        collection.put("maxModels", new IntegerSchema());
        collection.put("maxGenerations", new IntegerSchema());
        collection.put(
                "years",
                new ArraySchema()
                        .description("Theo từng năm có mô hình bắt đầu: số mô hình mới, và tổng số mô hình, xã, tỉnh "
                                + "tính đến hết năm đó.")
                        .items(new ObjectSchema().properties(year).required(List.copyOf(year.keySet()))));
        collection.put(
                "features",
                new ArraySchema()
                        .items(new ObjectSchema()
                                .properties(feature)
                                .required(List.of("type", "id", "geometry", "properties"))));
        return new ObjectSchema()
                .properties(collection)
                .required(List.of("type", "root", "generations", "truncated", "years", "features"));
    }

    private static Schema<?> unitCounts() {
        Map<String, Schema> counts = new LinkedHashMap<>();
        counts.put("level", new StringSchema()._enum(List.of("PROVINCE", "COMMUNE")));
        counts.put(
                "counts",
                new MapSchema().additionalProperties(new IntegerSchema()).description("Số mô hình theo mã đơn vị."));
        return new ObjectSchema().properties(counts).required(List.of("level", "counts"));
    }
}
