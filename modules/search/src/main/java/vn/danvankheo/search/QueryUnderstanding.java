package vn.danvankheo.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Map<String, Boolean> UNIT_WORDS =
            Map.of("tinh", false, "thanh pho", false, "tp", false, "xa", true, "phuong", true, "dac khu", true);

    private final PlaceNames placeNames;

    QueryUnderstanding(PlaceNames placeNames) {
        this.placeNames = placeNames;
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
        List<String> words = new ArrayList<>();
        List<NamedPlace> places = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<Match> place = placeAt(tokens, i);
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

    private Optional<Match> placeAt(List<String> tokens, int start) {
        int unitLength = 0;
        boolean commune = false;
        for (var unitWord : UNIT_WORDS.entrySet()) {
            int length = unitWord.getKey().split(" ").length;
            if (folded(tokens, start, length).equals(unitWord.getKey())) {
                unitLength = length;
                commune = unitWord.getValue();
                break;
            }
        }
        for (int length = Math.min(LONGEST_PLACE_WORDS, tokens.size() - start - unitLength); length > 0; length--) {
            String name = folded(tokens, start + unitLength, length);
            String wanted = commune ? folded(tokens, start, unitLength) + " " + name : name;
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

    private static String folded(List<String> tokens, int start, int length) {
        if (length <= 0 || start + length > tokens.size()) {
            return "";
        }
        return VietnameseText.fold(String.join(" ", tokens.subList(start, start + length)));
    }

    private record Match(NamedPlace place, int length) {}
}
