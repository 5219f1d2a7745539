package vn.danvankheo.catalog;

import java.util.List;

/**
 * Replication ("nhân rộng") as the public sees it around one model: the model it replicates, if that is published,
 * and the published models that replicate it, earliest first by the year they started.
 */
public record Lineage(Link original, List<Link> replications) {

    public static final Lineage NONE = new Lineage(null, List.of());

    public Lineage {
        replications = List.copyOf(replications);
    }

    public boolean isEmpty() {
        return original == null && replications.isEmpty();
    }

    /** Enough of a model to link to it and to place it on a map. */
    public record Link(
            String slug,
            String name,
            String communeName,
            String provinceName,
            int yearStarted,
            double latitude,
            double longitude) {

        static Link of(ModelView model) {
            return new Link(
                    model.slug(),
                    model.profile().name(),
                    model.locality().today().communeName(),
                    model.locality().today().provinceName(),
                    model.profile().yearStarted(),
                    model.place().latitude(),
                    model.place().longitude());
        }
    }
}
