package vn.danvankheo.seed;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param command {@code load} generates and loads models, {@code remove} deletes every generated model; empty (the
 *     default) serves the site as usual
 * @param models how many models the run holds in the end; a resumed run adds only the missing ones
 * @param seed the generator's seed: the same seed always gives the same models
 * @param batchSize models written and indexed per transaction
 * @param communes the commune outlines the points are drawn in (the light GeoJSON of data/vn-admin)
 */
@ConfigurationProperties("dvk.seed")
public record SeedProperties(String command, Integer models, Long seed, Integer batchSize, Path communes) {

    public SeedProperties {
        command = command == null ? "" : command;
        models = models == null ? 1_000 : models;
        seed = seed == null ? 42L : seed;
        batchSize = batchSize == null ? 1_000 : batchSize;
        communes = communes == null ? Path.of("data/vn-admin/vn_communes_3321_light.geojson.gz") : communes;
    }

    /** The mark every model of this run carries. */
    public String seedRun() {
        return "seed-" + seed;
    }
}
