package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchAnswersTests {

    /** A page as Elasticsearch writes it under the page's filter_path, with members no result shows. */
    private static final String PAGE = """
            {"hits":{"hits":[
              {"_source":{"id":"a1","slug":"cho-phien","name":"Chợ phiên","summary":"Tóm tắt","storyText":"Câu chuyện",
                "photoId":"p1","communeName":"Xã Tân Lập","provinceName":"Tỉnh Phú Thọ","field":"CULTURE_SOCIETY_PEOPLE",
                "yearStarted":2021,"updatedAt":"2026-08-20T14:57:33.826Z","continuing":true,"ownerKind":"INDIVIDUAL",
                "hasVideo":true,"hasPhotos":true,"extra":{"deep":[1,2,{"x":null}]},
                "recognitions":[{"level":"PROVINCIAL","year":2025},{"level":"GRASSROOTS","year":2024}]},
               "sort":[3.25,1787000000000,"a1"]},
              {"_source":{"id":"b2","slug":"doc-sach","name":"Đọc sách","summary":null,"photoId":null,
                "field":"ECONOMY_SCIENCE_ENVIRONMENT","yearStarted":2019,"updatedAt":1787000000000,
                "continuing":false,"ownerKind":"COLLECTIVE","hasVideo":false,"hasPhotos":false,"recognitions":[]},
               "sort":[1.5,1786000000000,"b2"]}]}}
            """;

    private static final String FACETS = """
            {"hits":{"total":{"value":196126}},"aggregations":{"facets":{"buckets":[
              {"key":"hasVideo:false","doc_count":190000},{"key":"province:25","doc_count":6126}]}}}
            """;

    @Test
    void readsWhatEachResultShowsAndTheLastSortValues() {
        PageAnswer answer = PageAnswer.read(body(PAGE));

        assertThat(answer.models()).hasSize(2);
        ModelDocument first = answer.models().get(0);
        assertThat(first.id()).isEqualTo("a1");
        assertThat(first.slug()).isEqualTo("cho-phien");
        assertThat(first.name()).isEqualTo("Chợ phiên");
        assertThat(first.summary()).isEqualTo("Tóm tắt");
        assertThat(first.storyText()).isEqualTo("Câu chuyện");
        assertThat(first.photoId()).isEqualTo("p1");
        assertThat(first.communeName()).isEqualTo("Xã Tân Lập");
        assertThat(first.provinceName()).isEqualTo("Tỉnh Phú Thọ");
        assertThat(first.field()).isEqualTo("CULTURE_SOCIETY_PEOPLE");
        assertThat(first.yearStarted()).isEqualTo(2021);
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-08-20T14:57:33.826Z"));
        assertThat(first.continuing()).isTrue();
        assertThat(first.ownerKind()).isEqualTo("INDIVIDUAL");
        assertThat(first.hasVideo()).isTrue();
        assertThat(first.hasPhotos()).isTrue();
        assertThat(first.recognitions())
                .containsExactly(
                        new ModelDocument.RecognitionEntry("PROVINCIAL", 2025),
                        new ModelDocument.RecognitionEntry("GRASSROOTS", 2024));

        ModelDocument second = answer.models().get(1);
        assertThat(second.summary()).isNull();
        assertThat(second.photoId()).isNull();
        assertThat(second.updatedAt()).isEqualTo(Instant.ofEpochMilli(1787000000000L));
        assertThat(second.recognitions()).isEmpty();

        assertThat(answer.lastSort())
                .extracting(FieldValue::_kind, FieldValue::_get)
                .containsExactly(
                        tuple(FieldValue.Kind.Double, 1.5),
                        tuple(FieldValue.Kind.Long, 1786000000000L),
                        tuple(FieldValue.Kind.String, "b2"));
    }

    @Test
    void anEmptyPageHasNoSortValues() {
        PageAnswer answer = PageAnswer.read(body("{}"));

        assertThat(answer.models()).isEmpty();
        assertThat(answer.lastSort()).isEmpty();
    }

    @Test
    void theCursorOfAPageReadHereLeadsToTheSameValues() {
        List<FieldValue> last = PageAnswer.read(body(PAGE)).lastSort();

        assertThat(SearchCursor.read(SearchCursor.of(last)))
                .extracting(FieldValue::_kind, FieldValue::_get)
                .containsExactlyElementsOf(
                        last.stream().map(v -> tuple(v._kind(), v._get())).toList());
    }

    @Test
    void readsTheTotalAndEachFacetValueWithItsCount() {
        FacetAnswer answer = FacetAnswer.read(body(FACETS));

        assertThat(answer.total()).isEqualTo(196126);
        assertThat(answer.buckets())
                .containsExactly(
                        new FacetAnswer.Bucket("hasVideo:false", 190000), new FacetAnswer.Bucket("province:25", 6126));
    }

    @Test
    void noMatchesIsNoFacetValue() {
        FacetAnswer answer = FacetAnswer.read(body("{\"hits\":{\"total\":{\"value\":0}}}"));

        assertThat(answer.total()).isZero();
        assertThat(answer.buckets()).isEmpty();
    }

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
