package vn.danvankheo.places.coordinates;

import static vn.danvankheo.places.coordinates.DegreeToken.Kind.AXIS_LABEL;
import static vn.danvankheo.places.coordinates.DegreeToken.Kind.DEGREE_MARK;
import static vn.danvankheo.places.coordinates.DegreeToken.Kind.HEMISPHERE;
import static vn.danvankheo.places.coordinates.DegreeToken.Kind.NUMBER;
import static vn.danvankheo.places.coordinates.DegreeToken.Kind.SEPARATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.danvankheo.places.coordinates.Hemisphere.Axis;

/**
 * Reads a latitude/longitude pair typed as decimal degrees or as degrees, minutes and seconds, in either order when
 * the order can be told apart.
 */
final class DegreesText {

    private DegreesText() {}

    static ReadCoordinate read(String text) {
        List<DegreeToken> tokens = DegreeToken.tokenize(text);
        long numbers = tokens.stream().filter(token -> token.is(NUMBER)).count();
        if (numbers == 0) {
            throw InvalidCoordinateException.notCoordinates(text.strip());
        }
        if (numbers == 1) {
            throw InvalidCoordinateException.onlyOneNumber();
        }
        boolean vietnameseLetters =
                tokens.stream().anyMatch(token -> token.is(HEMISPHERE) && Hemisphere.isVietnamese(token.text()));
        List<List<DegreeToken>> halves = splitInTwo(tokens);
        Angle first = Angle.read(halves.get(0), vietnameseLetters);
        Angle second = Angle.read(halves.get(1), vietnameseLetters);

        List<String> notes = new ArrayList<>();
        LatLon point = inOrder(first, second, notes);
        if (first.lonelyNorthAsSouth() || second.lonelyNorthAsSouth()) {
            notes.add("Chữ “N” được hiểu là Nam (vĩ độ Nam) vì các hướng khác ghi theo tiếng Việt.");
        }
        boolean sexagesimal = first.sexagesimal() || second.sexagesimal();
        return point.as(
                sexagesimal ? CoordinateFormat.DEGREES_MINUTES_SECONDS : CoordinateFormat.DECIMAL_DEGREES, notes);
    }

    private static LatLon inOrder(Angle first, Angle second, List<String> notes) {
        if (first.axis() != Axis.UNMARKED && first.axis() == second.axis()) {
            throw first.axis() == Axis.LATITUDE
                    ? InvalidCoordinateException.bothLatitudes()
                    : InvalidCoordinateException.bothLongitudes();
        }
        if (first.axis() == Axis.LONGITUDE || second.axis() == Axis.LATITUDE) {
            notes.add("Đã hiểu là kinh độ, vĩ độ theo hướng ghi kèm.");
            return new LatLon(second.degrees(), first.degrees());
        }
        if (first.axis() == Axis.LATITUDE || second.axis() == Axis.LONGITUDE) {
            return new LatLon(first.degrees(), second.degrees());
        }
        boolean firstCanBeLatitude = Math.abs(first.degrees()) <= 90;
        boolean secondCanBeLatitude = Math.abs(second.degrees()) <= 90;
        if (!firstCanBeLatitude && !secondCanBeLatitude) {
            throw InvalidCoordinateException.noLatitudeInPair();
        }
        if (!firstCanBeLatitude) {
            notes.add("Đã hiểu là kinh độ, vĩ độ vì số đầu lớn hơn 90 nên không thể là vĩ độ.");
            return new LatLon(second.degrees(), first.degrees());
        }
        // Both may be latitudes: the usual order is assumed rather than guessed from where Vietnam lies.
        notes.add(
                secondCanBeLatitude
                        ? "Đã hiểu là vĩ độ, kinh độ (thứ tự thường dùng; cả hai số đều không quá 90)."
                        : "Đã hiểu là vĩ độ, kinh độ.");
        return new LatLon(first.degrees(), second.degrees());
    }

    /**
     * Finds where the first value ends: at the one separator, else at the hemisphere or axis words, else between two
     * degree marks, else halfway through the numbers ("21 01 42.6 105 51 15.1").
     */
    private static List<List<DegreeToken>> splitInTwo(List<DegreeToken> tokens) {
        List<DegreeToken> trimmed = withoutOuterSeparators(tokens);
        List<Integer> separators = indexesOf(trimmed, token -> token.is(SEPARATOR));
        if (separators.size() == 1) {
            int at = separators.get(0);
            return List.of(trimmed.subList(0, at), trimmed.subList(at + 1, trimmed.size()));
        }
        if (trimmed.stream().anyMatch(DegreeToken::isMarker)) {
            return splitAtMarkers(
                    trimmed.stream().filter(token -> !token.is(SEPARATOR)).toList());
        }
        if (!separators.isEmpty()) {
            throw InvalidCoordinateException.cannotSplit();
        }
        return splitRun(trimmed);
    }

    private static List<List<DegreeToken>> splitAtMarkers(List<DegreeToken> tokens) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean content = i < tokens.size() && tokens.get(i).isAngleContent();
            if (content && start < 0) {
                start = i;
            } else if (!content && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
        }
        if (runs.size() == 1) {
            // "N 21 01 42.6 105 51 15.1": the words sit outside the numbers, so split the numbers themselves.
            int[] run = runs.get(0);
            List<List<DegreeToken>> numbers = splitRun(tokens.subList(run[0], run[1]));
            return List.of(
                    concat(tokens.subList(0, run[0]), numbers.get(0)),
                    concat(numbers.get(1), tokens.subList(run[1], tokens.size())));
        }
        if (runs.size() != 2) {
            throw InvalidCoordinateException.cannotSplit();
        }
        // Words written before the numbers ("N21 E105") belong to the value that follows them, otherwise to the one
        // before them ("21N 105E"); an axis name ("kinh độ") always introduces the value after it.
        int boundary = runs.get(1)[0];
        if (tokens.get(0).isMarker()) {
            boundary = runs.get(0)[1];
        } else {
            for (int i = runs.get(0)[1]; i < runs.get(1)[0]; i++) {
                if (tokens.get(i).is(AXIS_LABEL)) {
                    boundary = i;
                    break;
                }
            }
        }
        return List.of(tokens.subList(0, boundary), tokens.subList(boundary, tokens.size()));
    }

    private static List<List<DegreeToken>> splitRun(List<DegreeToken> run) {
        List<Integer> degreeMarks = indexesOf(run, token -> token.is(DEGREE_MARK));
        if (degreeMarks.size() == 2) {
            int secondStart = degreeMarks.get(1) - 1;
            return List.of(run.subList(0, secondStart), run.subList(secondStart, run.size()));
        }
        List<Integer> numbers = indexesOf(run, token -> token.is(NUMBER));
        if (degreeMarks.size() == 1 && numbers.size() <= 3) {
            throw InvalidCoordinateException.onlyOneNumber();
        }
        boolean unitMarks = run.stream().anyMatch(token -> !token.is(NUMBER));
        if (unitMarks || numbers.size() % 2 != 0) {
            throw InvalidCoordinateException.cannotSplit();
        }
        int secondStart = numbers.get(numbers.size() / 2);
        return List.of(run.subList(0, secondStart), run.subList(secondStart, run.size()));
    }

    private static List<DegreeToken> withoutOuterSeparators(List<DegreeToken> tokens) {
        int from = 0;
        int to = tokens.size();
        while (from < to && tokens.get(from).is(SEPARATOR)) {
            from++;
        }
        while (to > from && tokens.get(to - 1).is(SEPARATOR)) {
            to--;
        }
        return tokens.subList(from, to);
    }

    private static List<Integer> indexesOf(List<DegreeToken> tokens, Predicate<DegreeToken> test) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (test.test(tokens.get(i))) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private static List<DegreeToken> concat(List<DegreeToken> first, List<DegreeToken> second) {
        List<DegreeToken> joined = new ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }
}
