package vn.danvankheo.recognition.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes criteria files for tests: a small valid set that each test breaks in one place. */
final class CriteriaFiles {

    private CriteriaFiles() {}

    static String validSet(String id) {
        return """
                {
                  "id": "%s",
                  "title": "Tiêu chí thử",
                  "titleEn": "Test criteria",
                  "issuer": "Ban thử",
                  "sourceDocument": "test",
                  "level": "GRASSROOTS",
                  "levelNote": "test",
                  "bindsLowerLevels": false,
                  "validFrom": "2026-01-01",
                  "validTo": "2026-12-31",
                  "appliesTo": ["MODEL"],
                  "includes": [],
                  "criteria": [
                    {"code": "T-1", "text": "Có đăng ký.", "textEn": "Registered."},
                    {"code": "T-2", "text": "Có hồ sơ.", "textEn": "Records kept."}
                  ],
                  "deadlines": [
                    {"task": "Báo cáo", "taskEn": "Report", "quote": "trước ngày 30/6/2026",
                     "dueText": "30/6/2026", "due": "2026-06-30"}
                  ]
                }
                """.formatted(id);
    }

    static Path write(Path directory, String name, String json) {
        try {
            return Files.writeString(directory.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
