package vn.danvankheo.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelRepository extends JpaRepository<Model, UUID> {

    Optional<Model> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select m.id from Model m where m.status = vn.danvankheo.catalog.ModelStatus.PUBLISHED order by m.id")
    List<UUID> findPublishedIds();
}
