package vn.danvankheo.places.coordinates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvankheo.places.VietnameseText;

/**
 * Recognises text that says it is VN-2000: plane X, Y with the central meridian they were measured on ("X=2324567.12
 * Y=587654.32 KTT 105°00'", "VN-2000 105.75: 1186523.2, 605432.1"), or a latitude/longitude on the VN-2000 datum
 * ("VN-2000 21°01'42.6"N 105°51'15.1"E").
 */
final class Vn2000Text {

    sealed interface Meaning permits Plane, Geographic {}

    /** @param notes how the text was understood, for the person */
    record Plane(double northingX, double eastingY, Vn2000Zone zone, List<String> notes) implements Meaning {}

    /** @param degrees the latitude/longitude part, with the datum's name taken out */
    record Geographic(String degrees) implements Meaning {}

    private static final Pattern DATUM_NAME = Pattern.compile("vn[ _-]?2000", Pattern.CASE_INSENSITIVE);
    private static final Pattern MERIDIAN_WORD =
            Pattern.compile("\\bktt\\b|kinh tuyen truc|mui (?:chieu )?3 ?(?:°|do)?");
    // Plane coordinates in Vietnam have six or seven digits before the decimal mark, degrees never more than three.
    private static final Pattern PLANE_NUMBER =
            Pattern.compile("(?:\\b([xy]) ?[=:]? ?)?(?<![\\d.,])(\\d{5,8}(?:[.,]\\d{1,6}(?!\\d))?)(?!\\d)");
    private static final Pattern MERIDIAN =
            Pattern.compile("^(\\d{3})(?:[.,](\\d+))? ?(?:°|do)? ?(?:(\\d{1,2}(?:[.,]\\d+)?) ?(?:'|phut)?)?$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s:;,=()]+|[\\s:;,=()]+$");

    private Vn2000Text() {}

    /** Empty when the text neither names VN-2000 nor holds plane-sized numbers. */
    static Optional<Meaning> recognize(String text) {
        String folded = DegreeToken.withPlainMarks(VietnameseText.fold(text));
        boolean datumNamed = DATUM_NAME.matcher(folded).find();
        boolean meridianNamed = MERIDIAN_WORD.matcher(folded).find();
        Matcher plane = PLANE_NUMBER.matcher(folded);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        while (plane.find()) {
            labels.add(plane.group(1));
            values.add(Double.parseDouble(plane.group(2).replace(',', '.')));
        }
        if (!datumNamed && !meridianNamed && values.isEmpty()) {
            return Optional.empty();
        }
        if (values.isEmpty() && !meridianNamed) {
            return Optional.of(new Geographic(DATUM_NAME.matcher(text).replaceAll(" ")));
        }
        if (values.size() != 2) {
            throw InvalidCoordinateException.vn2000NeedsTwoValues();
        }
        Vn2000Zone zone = meridianOf(folded, text);
        List<String> notes = new ArrayList<>();
        double[] northingEasting = inOrder(labels, values, notes);
        return Optional.of(new Plane(northingEasting[0], northingEasting[1], zone, notes));
    }

    private static double[] inOrder(List<String> labels, List<Double> values, List<String> notes) {
        double first = values.get(0);
        double second = values.get(1);
        String firstLabel = labels.get(0);
        String secondLabel = labels.get(1);
        if (firstLabel != null || secondLabel != null) {
            if (firstLabel == null || secondLabel == null || firstLabel.equals(secondLabel)) {
                throw InvalidCoordinateException.vn2000NeedsTwoValues();
            }
            return firstLabel.equals("x") ? new double[] {first, second} : new double[] {second, first};
        }
        // Surveyors write X (north) first; the other order is taken only when the numbers cannot be X, Y.
        if (!Vn2000PlaneExtent.fits(first, second) && Vn2000PlaneExtent.fits(second, first)) {
            notes.add("Đã hiểu là Y (hướng đông), X (hướng bắc) vì số đầu quá nhỏ để là X.");
            return new double[] {second, first};
        }
        notes.add("Đã hiểu là X (hướng bắc), Y (hướng đông) theo cách ghi của VN-2000.");
        return new double[] {first, second};
    }

    /** What is left once the numbers and the words are taken out must be the meridian: "105°45'", "105.75". */
    private static Vn2000Zone meridianOf(String folded, String text) {
        String rest = PLANE_NUMBER.matcher(folded).replaceAll(" ");
        rest = DATUM_NAME.matcher(rest).replaceAll(" ");
        rest = MERIDIAN_WORD.matcher(rest).replaceAll(" ");
        String meridianText =
                EDGE_PUNCTUATION.matcher(rest.replaceAll("\\s+", " ")).replaceAll("");
        if (meridianText.isEmpty()) {
            throw InvalidCoordinateException.vn2000WithoutMeridian();
        }
        Matcher meridian = MERIDIAN.matcher(meridianText);
        if (!meridian.matches()) {
            throw InvalidCoordinateException.notCoordinates(text.strip());
        }
        String fraction = meridian.group(2) == null ? "" : "." + meridian.group(2);
        double degrees = Double.parseDouble(meridian.group(1) + fraction);
        if (meridian.group(3) != null) {
            degrees += Double.parseDouble(meridian.group(3).replace(',', '.')) / 60;
        }
        return Vn2000Zone.ofCentralMeridian(degrees)
                .orElseThrow(() -> InvalidCoordinateException.unknownMeridian(meridianText));
    }
}
