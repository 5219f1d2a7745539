package vn.danvankheo.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.danvankheo.catalog.AwaitingReview;

/** A moderator's queue as the API gives it: the counts first, then each entry, oldest first. */
record ReviewQueue(Counts counts, List<AwaitingReview> items) {

    static ReviewQueue of(List<AwaitingReview> items) {
        Map<String, Long> byProvince = items.stream()
                .collect(Collectors.groupingBy(AwaitingReview::provinceName, TreeMap::new, Collectors.counting()));
        long newModels = items.stream()
                .filter(item -> item.kind() == AwaitingReview.Kind.NEW_MODEL)
                .count();
        return new ReviewQueue(new Counts(items.size(), newModels, items.size() - newModels, byProvince), items);
    }

    record Counts(long total, long newModels, long changes, Map<String, Long> byProvince) {}
}
