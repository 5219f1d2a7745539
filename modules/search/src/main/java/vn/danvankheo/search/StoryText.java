package vn.danvankheo.search;

import org.springframework.web.util.HtmlUtils;

/** A model's story as plain words: the catalog keeps it as sanitised HTML, search matches and quotes its text. */
final class StoryText {

    private StoryText() {}

    static String of(String storyHtml) {
        if (storyHtml == null) {
            return "";
        }
        String withoutTags = storyHtml.replaceAll("<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(withoutTags).strip().replaceAll("\\s+", " ");
    }
}
