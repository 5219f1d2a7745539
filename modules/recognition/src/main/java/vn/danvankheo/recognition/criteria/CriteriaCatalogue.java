package vn.danvankheo.recognition.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every criteria set in the configured directory, loaded and checked once at start-up so that a bad file stops the
 * application instead of an assessment later.
 */
@Component
@EnableConfigurationProperties(CriteriaProperties.class)
public class CriteriaCatalogue {

    private final List<CriteriaSet> sets;
    private final Map<String, CriteriaSet> byId;

    public CriteriaCatalogue(CriteriaProperties properties) {
        Map<String, CriteriaSet> loaded = new HashMap<>();
        Map<String, Path> fileOf = new HashMap<>();
        CriteriaSetReader reader = new CriteriaSetReader();
        for (Path file : jsonFilesIn(properties.directory())) {
            CriteriaSet set = reader.read(file);
            Path earlier = fileOf.putIfAbsent(set.id(), file);
            if (earlier != null) {
                throw new InvalidCriteriaException(file, "set id \"" + set.id() + "\" is already used by " + earlier);
            }
            loaded.put(set.id(), set);
        }
        sets = loaded.values().stream()
                .sorted(Comparator.comparing(CriteriaSet::id))
                .toList();
        for (CriteriaSet set : sets) {
            for (String included : set.includes()) {
                if (!loaded.containsKey(included)) {
                    throw new InvalidCriteriaException(
                            fileOf.get(set.id()), "includes unknown set \"" + included + "\"");
                }
            }
        }
        byId = Map.copyOf(loaded);
    }

    /** @return every set, by id */
    public List<CriteriaSet> all() {
        return sets;
    }

    public Optional<CriteriaSet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @return the sets that judge at {@code level} at any time during {@code year}, higher sets binding it included */
    public List<CriteriaSet> inForce(RecognitionLevel level, int year) {
        return sets.stream()
                .filter(set -> set.appliesAt(level) && set.inForceDuring(year))
                .toList();
    }

    public List<CriteriaSet> inForce(RecognitionLevel level, int year, Audience audience) {
        return inForce(level, year).stream().filter(set -> set.isFor(audience)).toList();
    }

    private static List<Path> jsonFilesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidCriteriaException(directory.toAbsolutePath(), "is not a directory of criteria sets");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "*.json")) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory.toAbsolutePath(), e);
        }
        if (files.isEmpty()) {
            // A relative directory resolved from the wrong working directory looks exactly like this.
            throw new InvalidCriteriaException(directory.toAbsolutePath(), "holds no criteria sets (*.json)");
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }
}
