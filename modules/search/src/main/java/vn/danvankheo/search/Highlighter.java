package vn.danvankheo.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import vn.danvankheo.places.VietnameseText;

/**
 * Marks the words a query matched in the text as stored, diacritics as written. It is done here, not by
 * Elasticsearch, because the index matched folded copies: their highlights would show text without its marks.
 * A word within the typo tolerance of a query word counts, as it did for the match. One instance marks one page of
 * results, on one thread.
 */
final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");
    private static final int SNIPPET_WORDS = 40;

    private final List<String> wanted;
    /**
     * Whether each word seen so far matched: a page's stories share most of their words, and each was folded and
     * compared with every query word within its typos again and again.
     */
    private final Map<String, Boolean> matched = new HashMap<>();

    Highlighter(UnderstoodQuery query) {
        List<String> words = new ArrayList<>(query.foldedWords());
        query.foldedPhrases().forEach(phrase -> words.addAll(List.of(phrase.split(" "))));
        this.wanted = words.stream().filter(word -> !word.isBlank()).toList();
    }

    String marked(String text) {
        if (text == null) {
            return "";
        }
        return marked(text, 0, text.length());
    }

    /**
     * About {@value #SNIPPET_WORDS} words of the first text with a match, around it; the first text's start when none
     * matches.
     */
    String snippet(String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            List<int[]> words = WORD.matcher(text)
                    .results()
                    .map(m -> new int[] {m.start(), m.end()})
                    .toList();
            for (int i = 0; i < words.size(); i++) {
                if (matches(text.substring(words.get(i)[0], words.get(i)[1]))) {
                    int first = Math.max(0, i - SNIPPET_WORDS / 4);
                    int last = Math.min(words.size() - 1, first + SNIPPET_WORDS);
                    return window(text, words, first, last);
                }
            }
        }
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                List<int[]> words = WORD.matcher(text)
                        .results()
                        .map(m -> new int[] {m.start(), m.end()})
                        .toList();
                return window(text, words, 0, Math.min(words.size() - 1, SNIPPET_WORDS));
            }
        }
        return "";
    }

    private String window(String text, List<int[]> words, int first, int last) {
        if (words.isEmpty()) {
            return escape(text);
        }
        int start = first == 0 ? 0 : words.get(first)[0];
        int end = last == words.size() - 1 ? text.length() : words.get(last)[1];
        return (start > 0 ? "… " : "") + marked(text, start, end) + (end < text.length() ? " …" : "");
    }

    private String marked(String text, int start, int end) {
        StringBuilder html = new StringBuilder();
        Matcher words = WORD.matcher(text).region(start, end);
        int copied = start;
        while (words.find()) {
            if (matches(words.group())) {
                html.append(escape(text.substring(copied, words.start())))
                        .append("<mark>")
                        .append(escape(words.group()))
                        .append("</mark>");
                copied = words.end();
            }
        }
        return html.append(escape(text.substring(copied, end))).toString();
    }

    /** Only what HTML needs escaped: Vietnamese letters stay letters. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private boolean matches(String word) {
        return matched.computeIfAbsent(word, this::matchesQuery);
    }

    private boolean matchesQuery(String word) {
        String folded = VietnameseText.fold(word);
        for (String query : wanted) {
            if (folded.equals(query) || withinTypos(query, folded)) {
                return true;
            }
        }
        return false;
    }

    /** The same tolerance as the query's fuzziness AUTO:5,9, with the first letter fixed. */
    static int allowedTypos(String word) {
        return word.length() >= 9 ? 2 : word.length() >= 5 ? 1 : 0;
    }

    private static boolean withinTypos(String query, String word) {
        int allowed = allowedTypos(query);
        if (allowed == 0
                || Math.abs(query.length() - word.length()) > allowed
                || word.isEmpty()
                || word.charAt(0) != query.charAt(0)) {
            return false;
        }
        int[] previous = new int[word.length() + 1];
        int[] current = new int[word.length() + 1];
        for (int j = 0; j <= word.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= query.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= word.length(); j++) {
                int cost = query.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[word.length()] <= allowed;
    }
}
