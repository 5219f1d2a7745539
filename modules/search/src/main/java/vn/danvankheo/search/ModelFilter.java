package vn.danvankheo.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.Fields;
import vn.danvankheo.catalog.OwnerKind;

/**
 * Which published models a visitor asks for, the same on the map, its list, the counts and search: read from query
 * parameters (a parameter no one knows or a value that cannot be read is refused, never ignored) and translated into
 * an Elasticsearch filter. A blank value means "any", as an HTML form sends its "all" option.
 *
 * @param fields 2026-2030 fields; an older-scheme code given in the query is mapped to its 2026-2030 field
 * @param recognitions levels asked for; {@link Recognition#NONE} is a model never recognised
 * @param recognitionYear the year of the recognition, at any level asked for
 * @param ownerKind collective or individual; null for both
 * @param continuing true for a model continued from the previous period, false for a new one, null for both
 */
public record ModelFilter(
        Set<Field> fields,
        Set<String> provinceCodes,
        Set<String> communeCodes,
        Set<Recognition> recognitions,
        Integer recognitionYear,
        OwnerKind ownerKind,
        Boolean continuing,
        Boolean hasPhotos,
        Boolean hasVideo,
        Integer startedFrom,
        Integer startedTo) {

    public static final ModelFilter ANY =
            new ModelFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null);

    /** The query parameters of a filter, in the order a link writes them. */
    public static final List<String> PARAMETERS = List.of(
            "field",
            "province",
            "commune",
            "recognition",
            "recognitionYear",
            "owner",
            "stage",
            "hasPhotos",
            "hasVideo",
            "startedFrom",
            "startedTo");

    private static final int FIRST_YEAR = 1945;
    private static final int LAST_YEAR = 2100;

    public ModelFilter {
        fields = fields == null || fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        provinceCodes = provinceCodes == null ? Set.of() : Set.copyOf(provinceCodes);
        communeCodes = communeCodes == null ? Set.of() : Set.copyOf(communeCodes);
        recognitions = recognitions == null ? Set.of() : Set.copyOf(recognitions);
        if (startedFrom != null && startedTo != null && startedFrom > startedTo) {
            throw new InvalidModelFilterException(
                    "Năm bắt đầu \"từ\" (" + startedFrom + ") phải không sau năm \"đến\" (" + startedTo + ").");
        }
    }

    /** Recognition levels as the recognition capability names them, and none at all. */
    public enum Recognition {
        NONE("none"),
        GRASSROOTS("grassroots"),
        PROVINCIAL("provincial"),
        CENTRAL("central");

        private final String parameter;

        Recognition(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        static Recognition parse(String value) {
            String wanted = value.toLowerCase(Locale.ROOT);
            // "commune" is what the issue and visitors call the grassroots level since communes are the grassroots.
            if (wanted.equals("commune")) {
                return GRASSROOTS;
            }
            for (Recognition level : values()) {
                if (level.parameter.equals(wanted)) {
                    return level;
                }
            }
            throw new InvalidModelFilterException("Cấp công nhận \"" + value
                    + "\" không hợp lệ; dùng none (chưa được công nhận), grassroots (cấp cơ sở), provincial (cấp tỉnh)"
                    + " hoặc central (cấp Trung ương).");
        }
    }

    /**
     * @param parameters the request's query parameters, each with every value given
     * @param ownParameters further parameters the caller reads itself (a viewport, a page), so they are not unknown
     */
    public static ModelFilter from(Map<String, List<String>> parameters, Collection<String> ownParameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name) && !ownParameters.contains(name)) {
                Set<String> known = new TreeSet<>(PARAMETERS);
                known.addAll(ownParameters);
                throw new InvalidModelFilterException("Tham số \"" + name + "\" không được hỗ trợ. Các tham số hợp lệ: "
                        + String.join(", ", known) + ".");
            }
        }
        Values values = new Values(parameters);
        Integer from = values.single("startedFrom", ModelFilter::year);
        Integer to = values.single("startedTo", ModelFilter::year);
        return new ModelFilter(
                values.all("field", ModelFilter::field),
                values.all("province", code -> code(code, 2, "Mã tỉnh")),
                values.all("commune", code -> code(code, 5, "Mã xã")),
                values.all("recognition", Recognition::parse),
                values.single("recognitionYear", ModelFilter::year),
                values.single("owner", ModelFilter::ownerKind),
                values.single("stage", ModelFilter::continuing),
                values.single("hasPhotos", value -> bool("hasPhotos", value)),
                values.single("hasVideo", value -> bool("hasVideo", value)),
                from,
                to);
    }

    public boolean isAny() {
        return equals(ANY);
    }

    /** The same filter as query parameters, so a link or the next page asks for exactly these models again. */
    public Map<String, String> toParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        putJoined(out, "field", fields.stream().sorted().map(Field::name).toList());
        putJoined(out, "province", provinceCodes.stream().sorted().toList());
        putJoined(out, "commune", communeCodes.stream().sorted().toList());
        putJoined(
                out,
                "recognition",
                recognitions.stream().sorted().map(Recognition::parameter).toList());
        putIfSet(out, "recognitionYear", recognitionYear);
        putIfSet(out, "owner", ownerKind == null ? null : ownerKind.name().toLowerCase(Locale.ROOT));
        putIfSet(out, "stage", continuing == null ? null : continuing ? "continuing" : "new");
        putIfSet(out, "hasPhotos", hasPhotos);
        putIfSet(out, "hasVideo", hasVideo);
        putIfSet(out, "startedFrom", startedFrom);
        putIfSet(out, "startedTo", startedTo);
        return out;
    }

    /** The filter clauses for a bool query over the models index; none for a filter that takes every model. */
    public List<Query> clauses() {
        List<Query> clauses = new ArrayList<>();
        terms(clauses, "field", fields.stream().map(Field::name).toList());
        terms(clauses, "provinceCode", provinceCodes);
        terms(clauses, "communeCode", communeCodes);
        if (!recognitions.isEmpty() || recognitionYear != null) {
            clauses.add(recognitionClause());
        }
        if (ownerKind != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("ownerKind").value(ownerKind.name()))));
        }
        if (continuing != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("continuing").value(continuing))));
        }
        if (hasPhotos != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("hasPhotos").value(hasPhotos))));
        }
        if (hasVideo != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("hasVideo").value(hasVideo))));
        }
        if (startedFrom != null || startedTo != null) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("yearStarted");
                if (startedFrom != null) {
                    n.gte(startedFrom.doubleValue());
                }
                if (startedTo != null) {
                    n.lte(startedTo.doubleValue());
                }
                return n;
            }))));
        }
        return clauses;
    }

    /** The whole filter as one query, matching every model when nothing is asked. */
    public Query query() {
        List<Query> clauses = clauses();
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    /**
     * A model recognised at a level asked for (in the year asked for), or never recognised when NONE is asked: the
     * level and year must belong to the same recognition, hence the nested query.
     */
    private Query recognitionClause() {
        List<Query> either = new ArrayList<>();
        List<String> levels = recognitions.stream()
                .filter(level -> level != Recognition.NONE)
                .map(Recognition::name)
                .toList();
        boolean onlyNone = recognitions.equals(Set.of(Recognition.NONE));
        if (!onlyNone) {
            List<Query> inside = new ArrayList<>();
            terms(inside, "recognitions.level", levels);
            if (recognitionYear != null) {
                inside.add(
                        Query.of(q -> q.term(t -> t.field("recognitions.year").value(recognitionYear))));
            }
            either.add(Query.of(q -> q.nested(n -> n.path("recognitions")
                    .query(nq -> inside.isEmpty() ? nq.matchAll(m -> m) : nq.bool(b -> b.filter(inside))))));
        }
        if (recognitions.contains(Recognition.NONE)) {
            either.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.nested(
                    n -> n.path("recognitions").query(nq -> nq.exists(e -> e.field("recognitions.level"))))))));
        }
        return Query.of(q -> q.bool(b -> b.should(either).minimumShouldMatch("1")));
    }

    private static void terms(List<Query> clauses, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            clauses.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }

    private static void putJoined(Map<String, String> out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.put(name, String.join(",", values));
        }
    }

    private static void putIfSet(Map<String, String> out, String name, Object value) {
        if (value != null) {
            out.put(name, value.toString());
        }
    }

    /** Either scheme's code is accepted: local plans still use the four older fields. */
    private static Field field(String code) {
        return Fields.fieldOf(code)
                .orElseThrow(
                        () -> new InvalidModelFilterException("Lĩnh vực \"" + code + "\" không có trong danh mục."));
    }

    private static String code(String value, int digits, String what) {
        if (!value.matches("\\d{" + digits + "}")) {
            throw new InvalidModelFilterException(what + " \"" + value + "\" không hợp lệ: "
                    + what.toLowerCase(Locale.ROOT) + " gồm " + digits + " chữ số.");
        }
        return value;
    }

    private static Integer year(String value) {
        try {
            int year = Integer.parseInt(value);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // Answered below, like a year out of range.
        }
        throw new InvalidModelFilterException(
                "Năm \"" + value + "\" không hợp lệ: cần một năm từ " + FIRST_YEAR + " đến " + LAST_YEAR + ".");
    }

    private static OwnerKind ownerKind(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "collective" -> OwnerKind.COLLECTIVE;
            case "individual" -> OwnerKind.INDIVIDUAL;
            default ->
                throw new InvalidModelFilterException(
                        "Chủ thể \"" + value + "\" không hợp lệ; dùng collective (tập thể) hoặc individual (cá nhân).");
        };
    }

    private static Boolean continuing(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "new" -> false;
            case "continuing" -> true;
            default ->
                throw new InvalidModelFilterException(
                        "Giai đoạn \"" + value + "\" không hợp lệ; dùng new (mô hình mới) hoặc continuing (tiếp tục).");
        };
    }

    private static Boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new InvalidModelFilterException("Tham số \"" + name
                        + "\" chỉ nhận true (có) hoặc false (không), không nhận \"" + value + "\".");
        };
    }

    /** The values of each parameter, split at commas, blanks dropped. */
    private record Values(Map<String, List<String>> parameters) {

        <T> Set<T> all(String name, Function<String, T> read) {
            Set<T> out = new LinkedHashSet<>();
            for (String given : parameters.getOrDefault(name, List.of())) {
                for (String part : given.split(",")) {
                    if (!part.isBlank()) {
                        out.add(read.apply(part.strip()));
                    }
                }
            }
            return out;
        }

        <T> T single(String name, Function<String, T> read) {
            List<String> given = parameters.getOrDefault(name, List.of()).stream()
                    .filter(value -> value != null && !value.isBlank())
                    .map(String::strip)
                    .toList();
            if (given.size() > 1) {
                throw new InvalidModelFilterException("Tham số \"" + name + "\" chỉ nhận một giá trị.");
            }
            return given.isEmpty() ? null : read.apply(given.get(0));
        }
    }
}
