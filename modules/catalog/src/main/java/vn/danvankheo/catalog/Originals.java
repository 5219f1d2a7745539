package vn.danvankheo.catalog;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which model may be named as the one a model replicates: one in the catalog that is not archived, and following
 * what it replicates never leads back to the replica, so a lineage is a tree, read from its root. The public sees a
 * link once both ends are published; people pick originals among published models, the generator may name a draft.
 */
@Component
class Originals {

    private final ModelRepository models;

    Originals(ModelRepository models) {
        this.models = models;
    }

    /** {@code replica} is null for a model not registered yet. */
    void require(UUID replica, UUID original) {
        Model named = models.findById(original)
                .filter(model -> !model.isArchived())
                .orElseThrow(() ->
                        new InvalidModelException("Mô hình được nhân rộng không có trong danh mục hoặc đã lưu trữ."));
        Set<UUID> seen = new HashSet<>();
        for (Model step = named;
                step != null;
                step = step.replicatesId() == null
                        ? null
                        : models.findById(step.replicatesId()).orElse(null)) {
            if (step.id().equals(replica) || !seen.add(step.id())) {
                throw new InvalidModelException(
                        "Một mô hình không thể nhân rộng từ chính nó hay từ một mô hình nhân rộng từ nó.");
            }
        }
    }
}
