package vn.danvankheo.catalog;

import java.util.List;

/**
 * The parts of a model beyond its identity and place: the plan, its results, how it is tagged, where else it works,
 * and who the press may call. What an individual owner lets the public know is decided by {@code ownerDisclosure}.
 */
public record ModelDetails(
        OwnerDisclosure ownerDisclosure,
        boolean continuing,
        ModelPlan plan,
        String results,
        List<String> tags,
        List<Site> sites,
        List<Site> area,
        PressContact pressContact) {

    public static final ModelDetails NONE =
            new ModelDetails(OwnerDisclosure.FULL_NAME, false, ModelPlan.EMPTY, null, null, null, null, null);

    public ModelDetails {
        ownerDisclosure = ownerDisclosure == null ? OwnerDisclosure.FULL_NAME : ownerDisclosure;
        plan = plan == null ? ModelPlan.EMPTY : plan;
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .filter(tag -> tag != null && !tag.isBlank())
                        .map(tag -> tag.strip().replaceAll("\\s+", " "))
                        .distinct()
                        .toList();
        sites = sites == null ? List.of() : List.copyOf(sites);
        area = area == null ? List.of() : List.copyOf(area);
    }

    /** Another place where the model works, or a corner of the area it covers. */
    public record Site(double latitude, double longitude, String label) {}

    /**
     * Who the press may contact about the model. Never shown to the public unless that person agreed; registered
     * journalists and the model's own moderators see it.
     */
    public record PressContact(String name, String phone, String email, boolean publicByConsent) {}

    /** What the public sees of these details: the press contact only with consent. */
    ModelDetails forPublic() {
        PressContact contact = pressContact != null && pressContact.publicByConsent() ? pressContact : null;
        return new ModelDetails(ownerDisclosure, continuing, plan, results, tags, sites, area, contact);
    }
}
