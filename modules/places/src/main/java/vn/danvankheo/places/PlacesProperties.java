package vn.danvankheo.places;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDirectory where the administrative-unit files are (see data/vn-admin/SOURCES.md)
 * @param coastToleranceMeters how far outside every unit a point may lie and still be placed in the nearest one: by
 *     default the 12 nautical miles of the territorial sea, so boats and offshore sites near the coast resolve
 * @param jdbcThreads how many blocking place lookups (names, outlines, points) reactive callers run at once
 */
@ConfigurationProperties("dvk.places")
public record PlacesProperties(Path dataDirectory, Double coastToleranceMeters, Integer jdbcThreads) {

    public PlacesProperties {
        dataDirectory = dataDirectory == null ? Path.of("data/vn-admin") : dataDirectory;
        coastToleranceMeters = coastToleranceMeters == null ? 22_224.0 : coastToleranceMeters;
        jdbcThreads = jdbcThreads == null ? 4 : jdbcThreads;
    }
}
