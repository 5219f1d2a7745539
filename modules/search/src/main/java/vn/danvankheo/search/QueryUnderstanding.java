package vn.danvankheo.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.danvankheo.places.PlaceNames;
import vn.danvankheo.places.PlaceNames.NamedPlace;
import vn.danvankheo.places.UnitLevel;
import vn.danvankheo.places.VietnameseText;

/**
 * Reads a query as a journalist means it. Text in quotes is a phrase and never a place. Elsewhere a province's name,
 * today's or one from before July 2025, or a common alias ("TPHCM", "Sài Gòn"), with or without "tỉnh"/"thành
 * phố", names the place; a commune only with its unit word ("xã Hòa Bình"), since bare commune names are too often
 * ordinary words. A place named is a filter on where models are, so "hòa bình" as a place does not find a story that
 * speaks of peace.
 */
@Component
class QueryUnderstanding {

    static final int MAX_LENGTH = 200;
    private static final int LONGEST_PLACE_WORDS = 5;
    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]*)(?:[\"“”]|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");
    /** The words naming a unit before its name, folded; those of a commune make what follows a commune's name. */
    private static final List<UnitWords> UNIT_WORDS = List.of(
            new UnitWords(List.of("tinh"), false),
            new UnitWords(List.of("thanh", "pho"), false),
            new UnitWords(List.of("tp"), false),
            new UnitWords(List.of("xa"), true),
            new UnitWords(List.of("phuong"), true),
            new UnitWords(List.of("dac", "khu"), true));

    private final PlaceNames placeNames;

    QueryUnderstanding(PlaceNames placeNames) {
        this.placeNames = placeNames;
    }

    /** Whether {@link #read} can no longer block: the place names have been read. */
    boolean ready() {
        return placeNames.loaded();
    }

    /** Blocking on first use (the names are read from PostGIS once); call it off the event loop. */
    UnderstoodQuery read(String query) {
        if (query == null || query.isBlank()) {
            return UnderstoodQuery.everything();
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidSearchRequestException("Nội dung tìm kiếm dài quá " + MAX_LENGTH + " ký tự.");
        }
        String text = VietnameseText.canonicalTones(Normalizer.normalize(query, Normalizer.Form.NFC));
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder outside = new StringBuilder();
        while (quoted.find()) {
            String phrase = quoted.group(1).strip().replaceAll("\\s+", " ");
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
            quoted.appendReplacement(outside, " ");
        }
        quoted.appendTail(outside);
        List<String> tokens = WORD.matcher(outside)
                .results()
                .map(java.util.regex.MatchResult::group)
                .toList();
        // Each word folded once: a place is looked for at every word, by up to five words at once.
        List<String> folded = tokens.stream().map(VietnameseText::fold).toList();
        List<String> words = new ArrayList<>();
        List<NamedPlace> places = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<Match> place = placeAt(folded, i);
            if (place.isPresent()) {
                if (!places.contains(place.get().place())) {
                    places.add(place.get().place());
                }
                i += place.get().length();
            } else {
                words.add(tokens.get(i));
                i++;
            }
        }
        return new UnderstoodQuery(words, phrases, places);
    }

    /** @param folded the query's words, each folded */
    private Optional<Match> placeAt(List<String> folded, int start) {
        int unitLength = 0;
        boolean commune = false;
        for (UnitWords unit : UNIT_WORDS) {
            int end = start + unit.words().size();
            if (end <= folded.size() && folded.subList(start, end).equals(unit.words())) {
                unitLength = unit.words().size();
                commune = unit.commune();
                break;
            }
        }
        for (int length = Math.min(LONGEST_PLACE_WORDS, folded.size() - start - unitLength); length > 0; length--) {
            String name = String.join(" ", folded.subList(start + unitLength, start + unitLength + length));
            String wanted = commune ? String.join(" ", folded.subList(start, start + unitLength)) + " " + name : name;
            boolean communeWanted = commune;
            Optional<NamedPlace> found = placeNames
                    .named(wanted)
                    .filter(place -> communeWanted == (place.level() == UnitLevel.COMMUNE && !place.former()));
            if (found.isPresent()) {
                return Optional.of(new Match(found.get(), unitLength + length));
            }
        }
        return Optional.empty();
    }

    private record Match(NamedPlace place, int length) {}

    private record UnitWords(List<String> words, boolean commune) {}
}
