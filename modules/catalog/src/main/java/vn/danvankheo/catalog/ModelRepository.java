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
