package vn.danvankheo.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column holds which target: proposed from the headers, then overridden by the person, who names a header
 * and the target it holds (an empty target ignores the column). A target moved to another column leaves the one
 * it was proposed for.
 */
final class ColumnMapping {

    private final List<String> headers;
    private final Map<Integer, ImportTarget> targets;

    private ColumnMapping(List<String> headers, Map<Integer, ImportTarget> targets) {
        this.headers = headers;
        this.targets = targets;
    }

    /** Each target from the first column whose header names it. */
    static ColumnMapping propose(List<String> headers) {
        Map<Integer, ImportTarget> targets = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            int at = column;
            HeaderText.of(headers.get(column))
                    .target()
                    .filter(target -> !targets.containsValue(target))
                    .ifPresent(target -> targets.put(at, target));
        }
        return new ColumnMapping(List.copyOf(headers), targets);
    }

    /**
     * @param given header text to target name; a header is found as written or with diacritics and case ignored
     * @param problems where headers and targets that do not exist are reported
     */
    ColumnMapping override(Map<String, String> given, List<ImportReport.Problem> problems) {
        if (given == null || given.isEmpty()) {
            return this;
        }
        Map<Integer, ImportTarget> changed = new LinkedHashMap<>(targets);
        given.forEach((header, targetName) -> {
            Optional<Integer> column = columnOf(header);
            if (column.isEmpty()) {
                problems.add(ImportReport.Problem.file("Cột \"" + header + "\" trong phần ghép cột không có ở dòng"
                        + " tiêu đề của tệp. Các cột của tệp: " + String.join("; ", nonBlank(headers)) + "."));
                return;
            }
            if (targetName == null || targetName.isBlank()) {
                changed.remove(column.get());
                return;
            }
            Optional<ImportTarget> target = targetOf(targetName);
            if (target.isEmpty()) {
                problems.add(ImportReport.Problem.file("Không có trường \"" + targetName + "\" để ghép với cột \""
                        + header + "\". Các trường: "
                        + Arrays.stream(ImportTarget.values())
                                .map(t -> t.name() + " (" + t.labelVi() + ")")
                                .collect(Collectors.joining(", "))
                        + "."));
                return;
            }
            changed.values().remove(target.get());
            changed.put(column.get(), target.get());
        });
        return new ColumnMapping(headers, changed);
    }

    private Optional<Integer> columnOf(String header) {
        String wanted = header == null ? "" : header.strip();
        for (int column = 0; column < headers.size(); column++) {
            if (headers.get(column).strip().equals(wanted)) {
                return Optional.of(column);
            }
        }
        String words = HeaderText.of(wanted).words();
        for (int column = 0; column < headers.size(); column++) {
            if (!words.isEmpty() && HeaderText.of(headers.get(column)).words().equals(words)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static Optional<ImportTarget> targetOf(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ImportTarget.values())
                .filter(target -> target.name().equals(wanted))
                .findFirst();
    }

    private static List<String> nonBlank(List<String> headers) {
        return headers.stream().filter(header -> !header.isBlank()).toList();
    }

    Optional<Integer> columnOf(ImportTarget target) {
        return targets.entrySet().stream()
                .filter(entry -> entry.getValue() == target)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    boolean has(ImportTarget target) {
        return targets.containsValue(target);
    }

    /** The column's header as the person wrote it, or the target's own name when no column holds it. */
    String headerOf(ImportTarget target) {
        return columnOf(target).map(headers::get).map(String::strip).orElse(target.labelVi());
    }

    Set<ImportTarget> missingRequired() {
        Set<ImportTarget> missing = EnumSet.noneOf(ImportTarget.class);
        Arrays.stream(ImportTarget.values())
                .filter(ImportTarget::required)
                .filter(target -> !has(target))
                .forEach(missing::add);
        return missing;
    }

    List<ImportReport.Column> columns() {
        List<ImportReport.Column> columns = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            if (!headers.get(column).isBlank() || targets.containsKey(column)) {
                columns.add(new ImportReport.Column(column, headers.get(column).strip(), targets.get(column)));
            }
        }
        return columns;
    }
}
