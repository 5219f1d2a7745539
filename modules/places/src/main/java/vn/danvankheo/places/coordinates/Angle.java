package vn.danvankheo.places.coordinates;

import static vn.danvankheo.places.coordinates.DegreeToken.Kind.AXIS_LABEL;
import static vn.danvankheo.places.coordinates.DegreeToken.Kind.HEMISPHERE;
import static vn.danvankheo.places.coordinates.DegreeToken.Kind.NUMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.danvankheo.places.coordinates.DegreeToken.Kind;
import vn.danvankheo.places.coordinates.Hemisphere.Axis;

/**
 * One of the two values of a latitude/longitude pair, in signed decimal degrees.
 *
 * @param axis what the person marked it as, if they did
 * @param sexagesimal written with minutes (and seconds) rather than as decimal degrees
 * @param lonelyNorthAsSouth an "N" that was read as Nam (south), which the person is told about
 */
record Angle(double degrees, Axis axis, boolean sexagesimal, boolean lonelyNorthAsSouth) {

    private static final List<Kind> UNITS = List.of(Kind.DEGREE_MARK, Kind.MINUTE_MARK, Kind.SECOND_MARK);

    static Angle read(List<DegreeToken> tokens, boolean vietnameseLetters) {
        String part = tokens.stream().map(DegreeToken::text).collect(Collectors.joining(" "));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            DegreeToken token = tokens.get(i);
            if (token.is(NUMBER)) {
                numbers.add(token.text());
            } else if (UNITS.contains(token.kind())) {
                // A unit mark belongs to the number right before it and must be the unit that number's place implies.
                boolean follows = i > 0 && tokens.get(i - 1).is(NUMBER);
                if (!follows || UNITS.indexOf(token.kind()) != numbers.size() - 1) {
                    throw InvalidCoordinateException.unitsOutOfOrder(part);
                }
            }
        }
        if (numbers.isEmpty()) {
            throw InvalidCoordinateException.onlyOneNumber();
        }
        if (numbers.size() > 3) {
            throw InvalidCoordinateException.tooManyNumbers(part);
        }
        double magnitude = magnitude(numbers, part);
        boolean negative = numbers.get(0).startsWith("-");

        List<String> hemispheres = wordsOf(tokens, HEMISPHERE);
        List<String> labels = wordsOf(tokens, AXIS_LABEL);
        if (hemispheres.size() > 1 || labels.size() > 1) {
            throw InvalidCoordinateException.twoMarkers(part);
        }
        Axis axis = labels.isEmpty() ? Axis.UNMARKED : axisOfLabel(labels.get(0));
        if (hemispheres.isEmpty()) {
            return new Angle(negative ? -magnitude : magnitude, axis, numbers.size() > 1, false);
        }
        String word = hemispheres.get(0);
        Hemisphere hemisphere = Hemisphere.of(word, vietnameseLetters);
        if (negative && hemisphere.sign() > 0) {
            throw InvalidCoordinateException.hemisphereContradictsSign(part, hemisphere.vietnameseName());
        }
        if (axis != Axis.UNMARKED && axis != hemisphere.axis()) {
            throw InvalidCoordinateException.labelContradictsHemisphere(part);
        }
        return new Angle(
                hemisphere.sign() * magnitude,
                hemisphere.axis(),
                numbers.size() > 1,
                word.equals("n") && hemisphere == Hemisphere.SOUTH);
    }

    private static double magnitude(List<String> numbers, String part) {
        for (String later : numbers.subList(1, numbers.size())) {
            if (later.startsWith("-") || later.startsWith("+")) {
                throw InvalidCoordinateException.signInsideAngle(part);
            }
        }
        double degrees = Math.abs(Double.parseDouble(numbers.get(0)));
        if (numbers.size() == 1) {
            return degrees;
        }
        if (numbers.get(0).contains(".")) {
            throw InvalidCoordinateException.fractionalDegreesWithMinutes(part);
        }
        double minutes = Double.parseDouble(numbers.get(1));
        if (minutes >= 60) {
            throw InvalidCoordinateException.minutesTooLarge(numbers.get(1));
        }
        if (numbers.size() == 2) {
            return degrees + minutes / 60;
        }
        if (numbers.get(1).contains(".")) {
            throw InvalidCoordinateException.fractionalMinutesWithSeconds(part);
        }
        double seconds = Double.parseDouble(numbers.get(2));
        if (seconds >= 60) {
            throw InvalidCoordinateException.secondsTooLarge(numbers.get(2));
        }
        return degrees + minutes / 60 + seconds / 3600;
    }

    private static List<String> wordsOf(List<DegreeToken> tokens, Kind kind) {
        return tokens.stream()
                .filter(token -> token.is(kind))
                .map(DegreeToken::text)
                .toList();
    }

    private static Axis axisOfLabel(String label) {
        return label.startsWith("vi") || label.startsWith("lat") ? Axis.LATITUDE : Axis.LONGITUDE;
    }
}
