package vn.danvankheo.search;

import java.util.List;
import vn.danvankheo.places.PlaceNames.NamedPlace;
import vn.danvankheo.places.VietnameseText;

/**
 * What a journalist typed, read: loose words (any order), phrases given in quotes, and the places named. Words and
 * phrases keep their diacritics, with tone marks in one placement, for ranking exact spellings first.
 */
public record UnderstoodQuery(List<String> words, List<String> phrases, List<NamedPlace> places) {

    public UnderstoodQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        places = List.copyOf(places);
    }

    static UnderstoodQuery everything() {
        return new UnderstoodQuery(List.of(), List.of(), List.of());
    }

    public boolean hasText() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    List<String> foldedWords() {
        return words.stream().map(VietnameseText::fold).toList();
    }

    List<String> foldedPhrases() {
        return phrases.stream().map(VietnameseText::fold).toList();
    }

    /** The text part again, as it can be sent to a highlighter or shown. */
    public String text() {
        var all = new java.util.ArrayList<>(words);
        phrases.forEach(phrase -> all.add("\"" + phrase + "\""));
        return String.join(" ", all);
    }
}
