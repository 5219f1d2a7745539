package vn.danvankheo.search;

import org.springframework.web.util.HtmlUtils;

/**
 * A model's story as plain words: the catalog keeps it as sanitised HTML, search matches and quotes its text. Every
 * document of a reindex passes here, so the tags and spaces are dropped in one pass each rather than by regular
 * expressions.
 */
final class StoryText {

    private StoryText() {}

    /** Each tag is a space, entities are decoded, and runs of spaces are one space. */
    static String of(String storyHtml) {
        if (storyHtml == null) {
            return "";
        }
        return collapseSpaces(HtmlUtils.htmlUnescape(withoutTags(storyHtml)));
    }

    /** A tag is from a {@code <} to the next {@code >}; a {@code <} without one is text. */
    private static String withoutTags(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int copied = 0;
        for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', copied)) {
            int close = html.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            text.append(html, copied, open).append(' ');
            copied = close + 1;
        }
        return text.append(html, copied, html.length()).toString();
    }

    /** As {@code strip()} then {@code replaceAll("\\s+", " ")}. */
    private static String collapseSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder result = new StringBuilder(end - start);
        boolean inSpaces = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
            if (!space) {
                result.append(c);
            } else if (!inSpaces) {
                result.append(' ');
            }
            inSpaces = space;
        }
        return result.toString();
    }
}
