package vn.danvankheo.catalog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A moderator's queue: the counts first, then each entry, oldest first. */
public record ReviewQueue(Counts counts, List<AwaitingReview> items) {

    static ReviewQueue of(List<AwaitingReview> items) {
        Map<String, Long> byProvince = items.stream()
                .collect(Collectors.groupingBy(AwaitingReview::provinceName, TreeMap::new, Collectors.counting()));
        return new ReviewQueue(
                new Counts(
                        items.size(),
                        count(items, AwaitingReview.Kind.NEW_MODEL),
                        count(items, AwaitingReview.Kind.CHANGES),
                        count(items, AwaitingReview.Kind.UPDATE),
                        byProvince),
                items);
    }

    private static long count(List<AwaitingReview> items, AwaitingReview.Kind kind) {
        return items.stream().filter(item -> item.kind() == kind).count();
    }

    public record Counts(long total, long newModels, long changes, long updates, Map<String, Long> byProvince) {}
}
