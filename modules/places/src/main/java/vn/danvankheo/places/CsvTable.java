package vn.danvankheo.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain comma-separated files of data/vn-admin: a header line, no quoting (SOURCES.md). A row with the wrong
 * number of fields, or any quote, stops loading with the file and line named rather than loading shifted columns.
 */
final class CsvTable {

    private CsvTable() {}

    static List<Map<String, String>> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IOException(file + " is empty");
            }
            String[] header = headerLine.split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != header.length || line.indexOf('"') >= 0) {
                    throw new IOException(file + " line " + number + ": expected " + header.length
                            + " unquoted fields, found " + fields.length);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], fields[i].strip());
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
