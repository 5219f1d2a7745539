package vn.danvankheo.search;

import java.time.Instant;
import java.util.List;

/**
 * One model in search results. {@code nameHtml} and {@code snippetHtml} are escaped HTML in which only the matched
 * words are wrapped in {@code <mark>}.
 */
public record FoundModel(
        String id,
        String slug,
        String url,
        String name,
        String nameHtml,
        String snippetHtml,
        String thumbnailUrl,
        String commune,
        String province,
        String field,
        String fieldLabel,
        int yearStarted,
        Instant updatedAt,
        List<String> badges) {}
