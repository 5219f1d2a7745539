package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryHtmlTests {

    @Test
    void scriptsHandlersAndForeignSchemesAreRemoved() {
        String html = StoryHtml.sanitize("<p onclick=\"steal()\">Bà con <strong>góp công</strong>"
                + "<script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">xem</a> <a href=\"https://baochinhphu.vn/\">báo</a></p>"
                + "<iframe src=\"https://example.com\"></iframe>");

        assertThat(html)
                .doesNotContain("script", "onclick", "onerror", "<img", "javascript:", "iframe")
                .contains("<strong>góp công</strong>")
                .contains("href=\"https://baochinhphu.vn/\"")
                .contains("rel=\"nofollow\"");
    }

    @Test
    void plainTextKeepsItsParagraphsAndLineBreaksAndShowsAngleBracketsAsText() {
        String html = StoryHtml.sanitize("Đoạn một, dòng một\ndòng hai.\n\n  Đoạn hai: 3 < 5 & 7 > 6.");

        assertThat(html).isEqualTo("<p>Đoạn một, dòng một<br />dòng hai.</p><p>Đoạn hai: 3 &lt; 5 &amp; 7 &gt; 6.</p>");
    }

    @Test
    void sanitisingTwiceChangesNothing() {
        String once = StoryHtml.sanitize("<h2>Cách làm</h2><ul><li>Một</li><li><em>Hai</em></li></ul>");

        assertThat(StoryHtml.sanitize(once)).isEqualTo(once);
    }

    @Test
    void markupAloneIsNoStory() {
        assertThat(StoryHtml.text(StoryHtml.sanitize("<p><script>x()</script></p>")))
                .isEmpty();
    }
}
