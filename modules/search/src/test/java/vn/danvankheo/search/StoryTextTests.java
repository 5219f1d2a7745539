package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryTextTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Mỗi hộ góp công,</p><p>góp sức.</p> | Mỗi hộ góp công, góp sức.",
                "'  <p>a\t\n  b</p>  ' | a b",
                "<p>x &lt; y &amp;&nbsp;z</p> | x < y &\u00a0z",
                "&lt;p&gt;chữ&lt;/p&gt; | <p>chữ</p>",
                "a < b, không phải thẻ | a < b, không phải thẻ",
                "<b>đậm</b>chữ<br/>xuống dòng | đậm chữ xuống dòng"
            })
    void tagsAreSpacesEntitiesAreDecodedAndSpacesCollapse(String html, String text) {
        assertThat(StoryText.of(html)).isEqualTo(text);
    }
}
