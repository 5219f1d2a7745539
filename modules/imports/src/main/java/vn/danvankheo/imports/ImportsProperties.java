package vn.danvankheo.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRows data rows one file may have; a unit's annex 01 has tens, a province's a few thousand
 * @param maxFileSize the largest upload read; larger ones are refused before they are parsed
 * @param threads threads that read files and check rows (blocking: POI and JDBC), off the event loop
 */
@ConfigurationProperties("dvk.imports")
public record ImportsProperties(Integer maxRows, DataSize maxFileSize, Integer threads) {

    public ImportsProperties {
        maxRows = maxRows == null ? 5_000 : maxRows;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        threads = threads == null ? 2 : threads;
    }
}
