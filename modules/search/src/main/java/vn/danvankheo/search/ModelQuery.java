package vn.danvankheo.search;

import java.time.Instant;
import java.util.Optional;
import vn.danvankheo.places.BoundingBox;

/**
 * A search of published models.
 *
 * @param text what the journalist typed, read by {@link QueryUnderstanding}
 * @param filter what the map filters by too: field, province, commune, recognition, owner kind, stage, media, year
 * @param updatedSince only models changed since
 * @param view only models inside the map's view
 * @param near only models within a distance of a point
 * @param withinUnit only models inside a province's or commune's outline (its code)
 * @param after the cursor of the page before, as returned with it
 * @param size models per page, at most {@value #MAX_SIZE}
 */
public record ModelQuery(
        String text,
        ModelFilter filter,
        Optional<Instant> updatedSince,
        Optional<BoundingBox> view,
        Optional<Distance> near,
        Optional<String> withinUnit,
        SearchSort sort,
        Optional<String> after,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public ModelQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchRequestException("Số kết quả mỗi trang phải từ 1 đến " + MAX_SIZE + ".");
        }
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        filter = filter == null ? ModelFilter.ANY : filter;
    }

    public static ModelQuery of(String text) {
        return new ModelQuery(
                text,
                ModelFilter.ANY,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                SearchSort.RELEVANCE,
                Optional.empty(),
                DEFAULT_SIZE);
    }

    public ModelQuery filteredBy(ModelFilter by) {
        return new ModelQuery(text, by, updatedSince, view, near, withinUnit, sort, after, size);
    }

    public ModelQuery sortedBy(SearchSort by) {
        return new ModelQuery(text, filter, updatedSince, view, near, withinUnit, by, after, size);
    }

    public ModelQuery after(String cursor) {
        return new ModelQuery(text, filter, updatedSince, view, near, withinUnit, sort, Optional.of(cursor), size);
    }

    public ModelQuery withSize(int perPage) {
        return new ModelQuery(text, filter, updatedSince, view, near, withinUnit, sort, after, perPage);
    }

    public ModelQuery near(Distance distance) {
        return new ModelQuery(text, filter, updatedSince, view, Optional.of(distance), withinUnit, sort, after, size);
    }

    public ModelQuery within(String unitCode) {
        return new ModelQuery(text, filter, updatedSince, view, near, Optional.of(unitCode), sort, after, size);
    }

    public ModelQuery inView(BoundingBox box) {
        return new ModelQuery(text, filter, updatedSince, Optional.of(box), near, withinUnit, sort, after, size);
    }

    public ModelQuery updatedSince(Instant since) {
        return new ModelQuery(text, filter, Optional.of(since), view, near, withinUnit, sort, after, size);
    }

    /** A circle on the ground: at most {@value #MAX_KILOMETRES} km, the length of the country. */
    public record Distance(double latitude, double longitude, double kilometres) {

        public static final double MAX_KILOMETRES = 2_000;

        public Distance {
            if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
                throw new InvalidSearchRequestException(
                        "Tọa độ tâm không hợp lệ: vĩ độ từ -90 đến 90, kinh độ từ" + " -180 đến 180.");
            }
            if (!(kilometres > 0 && kilometres <= MAX_KILOMETRES)) {
                throw new InvalidSearchRequestException(
                        "Bán kính phải lớn hơn 0 và không quá " + (int) MAX_KILOMETRES + " km.");
            }
        }
    }
}
