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

    @Query("""
            select m from Model m
            where (m.status = vn.danvankheo.catalog.ModelStatus.SUBMITTED or m.reviewRequested = true)
              and (:province is null or m.provinceCode = :province)
              and (:commune is null or m.communeCode = :commune)
            order by m.updatedAt, m.id
            """)
    List<Model> findAwaitingReview(String province, String commune);
}
