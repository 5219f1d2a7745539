package vn.danvankheo.catalog;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A model's public story as HTML the page may include as it is: paragraphs, headings, lists, quotes, emphasis and
 * links to the web, nothing that runs or loads. Text written without markup keeps its paragraphs and line breaks.
 * Photos and videos belong in the model's media, where they are checked, not in the story.
 */
final class StoryHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");

    private StoryHtml() {}

    static String sanitize(String story) {
        if (story == null || story.isBlank()) {
            return "";
        }
        String html = MARKUP.matcher(story).find() ? story : paragraphs(story);
        return POLICY.sanitize(html).strip();
    }

    /** The story as a reader sees it, for limits on length: the markup does not count. */
    static String text(String html) {
        return new HtmlPolicyBuilder().toFactory().sanitize(html).strip();
    }

    private static String paragraphs(String text) {
        return Arrays.stream(BLANK_LINES.split(text.strip()))
                .map(paragraph -> "<p>" + escape(paragraph.strip()).replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
