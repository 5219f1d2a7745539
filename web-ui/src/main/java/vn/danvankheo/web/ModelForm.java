package vn.danvankheo.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelDetails;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelPlan;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerDisclosure;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.places.coordinates.CoordinateReader;
import vn.danvankheo.places.coordinates.ReadCoordinate;

/**
 * The registration form as posted: every value kept as typed, so a refused form comes back filled in, and turned
 * into a {@link NewModel} only when asked. Coordinates are read as people give them (decimal, DMS, a map link).
 */
public record ModelForm(MultiValueMap<String, String> values) {

    static final int INDICATOR_ROWS = 3;

    /** Public, as the page's template reads the values back. */
    public String value(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value.strip();
    }

    public boolean checked(String name) {
        return values.containsKey(name);
    }

    public boolean hasPhoto(UUID mediaId) {
        List<String> photos = values.get("photo");
        return photos != null && photos.contains(mediaId.toString());
    }

    /**
     * The address of the model this one replicates as the contributor gave it: the model's link, its path or its
     * slug; empty when it replicates none.
     */
    String originalSlug() {
        String given = value("original");
        int path = given.indexOf("/mo-hinh/");
        String slug = path < 0 ? given : given.substring(path + "/mo-hinh/".length());
        return slug.replaceAll("[?#].*$", "").replaceAll("/+$", "");
    }

    NewModel toNewModel(String slug, UUID registeringUnit, CoordinateReader coordinates, UUID original) {
        ReadCoordinate point = coordinates.read(required("coordinates", "Toạ độ"));
        return new NewModel(
                slug,
                registeringUnit,
                new ModelProfile(
                        value("name"),
                        value("ownerName"),
                        choice(OwnerKind.class, "ownerKind", OwnerKind.COLLECTIVE, "Loại chủ thể"),
                        choice(Field.class, "field", null, "Lĩnh vực"),
                        year(),
                        value("summary"),
                        value("story")),
                new ModelLocation(point.latitude(), point.longitude(), value("communeCode")),
                photos(),
                details(),
                original);
    }

    private ModelDetails details() {
        ModelDetails.PressContact contact = value("pressName").isEmpty()
                ? null
                : new ModelDetails.PressContact(
                        value("pressName"),
                        blankToNull("pressPhone"),
                        blankToNull("pressEmail"),
                        checked("pressPublic"));
        ModelPlan.PersonInCharge person = value("personName").isEmpty()
                ? null
                : new ModelPlan.PersonInCharge(value("personName"), blankToNull("personPosition"));
        List<ModelPlan.Goal> goals =
                value("goal").isEmpty() ? List.of() : List.of(new ModelPlan.Goal(value("goal"), indicators()));
        ModelPlan plan = new ModelPlan(
                blankToNull("situation"),
                goals,
                blankToNull("methods"),
                blankToNull("scope"),
                blankToNull("beneficiaries"),
                lines("partners"),
                value("resources").isEmpty() && value("socialisedFunding").isEmpty()
                        ? null
                        : new ModelPlan.Resources(blankToNull("resources"), null, amount("socialisedFunding")),
                null,
                null,
                person);
        return new ModelDetails(
                choice(OwnerDisclosure.class, "ownerDisclosure", OwnerDisclosure.FULL_NAME, "Mức công khai tên"),
                "CONTINUING".equals(value("kind")),
                plan,
                blankToNull("results"),
                Arrays.stream(value("tags").split(",")).toList(),
                null,
                null,
                contact);
    }

    private List<ModelPlan.Indicator> indicators() {
        List<ModelPlan.Indicator> indicators = new ArrayList<>();
        for (int row = 1; row <= INDICATOR_ROWS; row++) {
            String name = value("indicator" + row);
            if (!name.isEmpty()) {
                indicators.add(new ModelPlan.Indicator(
                        name,
                        blankToNull("unit" + row),
                        number("baseline" + row, name),
                        number("target" + row, name),
                        null));
            }
        }
        return indicators;
    }

    private List<NewModel.NewPhoto> photos() {
        List<String> photos = values.getOrDefault("photo", List.of());
        return photos.stream()
                .map(id -> new NewModel.NewPhoto(uuid(id), null, null))
                .toList();
    }

    private int year() {
        try {
            return Integer.parseInt(required("yearStarted", "Năm bắt đầu"));
        } catch (NumberFormatException e) {
            throw new InvalidModelException("Năm bắt đầu phải là một số, ví dụ 2026.");
        }
    }

    /**
     * An indicator's value as people in Viet Nam write numbers ("1.200", "300,5"); empty is no value. The same
     * reading serves the registration form and the progress form.
     */
    BigDecimal number(String name, String indicator) {
        String text = value(name).replace(" ", "").replace(".", "").replace(',', '.');
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidModelException("Giá trị của chỉ tiêu \"" + indicator + "\" phải là một số.");
        }
    }

    private Long amount(String name) {
        String digits = value(name).replaceAll("[\\s.,đ]", "");
        try {
            return digits.isEmpty() ? null : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidModelException("Kinh phí xã hội hoá phải là số đồng, ví dụ 45.000.000.");
        }
    }

    private List<String> lines(String name) {
        return value(name)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private <E extends Enum<E>> E choice(Class<E> type, String name, E otherwise, String label) {
        String value = value(name);
        if (value.isEmpty() && otherwise != null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, required(name, label));
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(label + " không hợp lệ; hãy chọn trong danh sách.");
        }
    }

    private String required(String name, String label) {
        String value = value(name);
        if (value.isEmpty()) {
            throw new InvalidModelException(label + " không được để trống.");
        }
        return value;
    }

    private String blankToNull(String name) {
        String value = value(name);
        return value.isEmpty() ? null : value;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException("Ảnh đã chọn không hợp lệ; hãy tải lại trang.");
        }
    }
}
