package vn.danvankheo.search;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A page of results.
 *
 * @param next the cursor for the following page, null on the last
 * @param facets per facet (field, province, …) the values with their counts among all matches
 * @param places the places the query was read to name, shown so the journalist can tell if that was meant
 */
@JsonSerialize(using = SearchResultsJson.class)
public record SearchResults(
        long total,
        List<FoundModel> models,
        String next,
        Map<String, List<FacetCount>> facets,
        List<String> places,
        String text) {

    public record FacetCount(String value, String label, long count) {}
}
