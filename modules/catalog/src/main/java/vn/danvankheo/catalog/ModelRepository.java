package vn.danvankheo.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    @Query(value = """
            SELECT * FROM catalog.model
            WHERE registering_unit_id = :unitId
              AND (CAST(:province AS varchar) IS NULL OR province_code = :province)
              AND (CAST(:commune AS varchar) IS NULL OR commune_code = :commune)
            ORDER BY updated_at DESC, id
            """, nativeQuery = true)
    List<Model> findByUnit(UUID unitId, String province, String commune);

    @Query(
            nativeQuery = true,
            value = "SELECT * FROM catalog.model WHERE commune_code = :commune OR ST_DWithin(location::geography,"
                    + " ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :meters)")
    List<Model> findInCommuneOrNear(
            @Param("commune") String communeCode,
            @Param("lat") double latitude,
            @Param("lon") double longitude,
            @Param("meters") double meters);
}
