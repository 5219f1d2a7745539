package vn.danvankheo.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.danvankheo.places.BoundingBox;
import vn.danvankheo.places.InvalidPlaceRequestException;

/**
 * Reads a search from request parameters as a page or the API receives them, each unreadable one refused with a
 * Vietnamese message naming it; one reading for both, so a page's address and the API's mean the same search.
 */
public final class SearchParameters {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Search's own parameters; the rest are {@link ModelFilter}'s, and any other is refused. */
    public static final List<String> OWN =
            List.of("q", "sort", "after", "size", "updatedSince", "bbox", "near", "km", "within");

    private SearchParameters() {}

    /**
     * Besides the filter's parameters: {@code near} "lat,lon" with {@code km} the radius around it, {@code
     * updatedSince} a day (2026-11-01, from its start in Viet Nam) or an instant, {@code within} a unit's code.
     *
     * @param parameters the request's query parameters, each with every value given
     */
    public static ModelQuery read(Map<String, List<String>> parameters) {
        ModelFilter filter = ModelFilter.from(parameters, OWN);
        return read(
                        single(parameters, "q"),
                        single(parameters, "sort"),
                        single(parameters, "after"),
                        single(parameters, "size"),
                        single(parameters, "updatedSince"),
                        single(parameters, "bbox"),
                        single(parameters, "near"),
                        single(parameters, "km"),
                        single(parameters, "within"))
                .filteredBy(filter);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidSearchRequestException("Tham số \"" + name + "\" chỉ được có một giá trị.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    static ModelQuery read(
            String q,
            String sort,
            String after,
            String size,
            String updatedSince,
            String bbox,
            String near,
            String km,
            String within) {
        ModelQuery query = ModelQuery.of(q).sortedBy(sort(sort)).withSize(size(size));
        if (after != null && !after.isBlank()) {
            query = query.after(after.strip());
        }
        if (updatedSince != null && !updatedSince.isBlank()) {
            query = query.updatedSince(since(updatedSince.strip()));
        }
        if (bbox != null && !bbox.isBlank()) {
            try {
                query = query.inView(BoundingBox.parse(bbox));
            } catch (InvalidPlaceRequestException e) {
                throw new InvalidSearchRequestException(e.getMessage());
            }
        }
        if (near != null && !near.isBlank()) {
            query = query.near(distance(near, km));
        } else if (km != null && !km.isBlank()) {
            throw new InvalidSearchRequestException("Bán kính \"km\" cần kèm tâm \"near\" (vĩ độ,kinh độ).");
        }
        if (within != null && !within.isBlank()) {
            if (!within.strip().matches("[0-9]{2}|[0-9]{5}")) {
                throw new InvalidSearchRequestException(
                        "Tham số \"within\" là mã tỉnh (2 chữ số) hoặc mã xã, phường (5 chữ số).");
            }
            query = query.within(within.strip());
        }
        return query;
    }

    private static SearchSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(sort.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchRequestException(
                    "Cách sắp xếp \"" + sort + "\" không có; dùng relevance, latest-update hoặc latest-recognition.");
        }
    }

    private static int size(String size) {
        if (size == null || size.isBlank()) {
            return ModelQuery.DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(size.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchRequestException("Số kết quả mỗi trang \"size\" phải là số nguyên.");
        }
    }

    private static Instant since(String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(VIETNAM).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidSearchRequestException(
                    "Ngày \"updatedSince\" không hợp lệ; viết theo dạng 2026-11-01 hoặc 2026-11-01T00:00:00Z.");
        }
    }

    private static ModelQuery.Distance distance(String near, String km) {
        String[] parts = near.split(",");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            double radius = km == null || km.isBlank() ? 10 : Double.parseDouble(km.strip());
            return new ModelQuery.Distance(
                    Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), radius);
        } catch (NumberFormatException e) {
            throw new InvalidSearchRequestException(
                    "Tâm \"near\" viết là vĩ độ,kinh độ (ví dụ 21.03,105.85) và \"km\" là một số.");
        }
    }
}
