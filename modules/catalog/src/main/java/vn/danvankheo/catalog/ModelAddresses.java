package vn.danvankheo.catalog;

import org.springframework.stereotype.Component;

/** A model's page address: the one its unit chose if no other model has it, or the first free one its name gives. */
@Component
class ModelAddresses {

    private final ModelRepository models;

    ModelAddresses(ModelRepository models) {
        this.models = models;
    }

    String forRegistration(NewModel given) {
        return given.slug() == null ? free(given.profile().name()) : unused(given.slug());
    }

    /** The page address a name gives, numbered when a model already has it. */
    private String free(String name) {
        String base = ModelNames.slugOf(name);
        String slug = base;
        for (int n = 2; models.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private String unused(String slug) {
        if (models.existsBySlug(slug)) {
            throw taken(slug);
        }
        return slug;
    }

    static InvalidModelException taken(String slug) {
        return new InvalidModelException("Đường dẫn \"" + slug + "\" đã được mô hình khác dùng.");
    }
}
