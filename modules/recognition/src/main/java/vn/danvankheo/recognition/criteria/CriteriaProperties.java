package vn.danvankheo.recognition.criteria;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param directory where the criteria set files ({@code *.json}) are; relative paths start at the working directory */
@ConfigurationProperties("dvk.criteria")
public record CriteriaProperties(Path directory) {

    public CriteriaProperties {
        directory = directory == null ? Path.of("data", "criteria") : directory;
    }
}
