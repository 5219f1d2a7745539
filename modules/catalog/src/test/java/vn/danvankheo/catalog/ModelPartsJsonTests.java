package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model's shapes are built from parts, but their JSON stays flat: the API's bodies keep their fields, and the
 * revisions' snapshots written before the parts existed read as they did.
 */
class ModelPartsJsonTests {

    private static final ModelProfile PROFILE = new ModelProfile(
            "Ao làng",
            "Chi bộ thôn 1",
            OwnerKind.COLLECTIVE,
            Field.CULTURE_SOCIETY_PEOPLE,
            2024,
            "Tóm tắt.",
            "<p>Câu chuyện.</p>");
    private static final ModelLocation LOCATION = new ModelLocation(21.03, 105.83, "00004");

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Test
    void aViewIsWrittenWithItsPartsFlat() {
        ModelView view = new ModelView(
                UUID.randomUUID(),
                "ao-lang",
                "Chi bộ thôn 1",
                UUID.randomUUID(),
                PROFILE,
                LOCATION,
                new ModelLocality(
                        "Phường Ba Đình",
                        "01",
                        "Thành phố Hà Nội",
                        new ModelView.TodaysNames("Phường Ba Đình", "Thành phố Hà Nội"),
                        true,
                        null),
                ModelDetails.NONE,
                new ModelState(
                        ModelStatus.PUBLISHED,
                        false,
                        null,
                        Instant.parse("2026-11-01T00:00:00Z"),
                        Instant.parse("2026-11-02T00:00:00Z"),
                        3),
                List.of(),
                List.of(),
                null);

        JsonNode written = json.readTree(json.writeValueAsString(view));

        assertThat(written.get("name").asString()).isEqualTo("Ao làng");
        assertThat(written.get("yearStarted").asInt()).isEqualTo(2024);
        assertThat(written.get("latitude").asDouble()).isEqualTo(21.03);
        assertThat(written.get("communeCode").asString()).isEqualTo("00004");
        assertThat(written.get("provinceName").asString()).isEqualTo("Thành phố Hà Nội");
        assertThat(written.get("today").get("communeName").asString()).isEqualTo("Phường Ba Đình");
        assertThat(written.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(written.get("version").asLong()).isEqualTo(3);
        assertThat(written.has("profile") || written.has("place") || written.has("locality") || written.has("state"))
                .isFalse();
        assertThat(json.readValue(json.writeValueAsString(view), ModelView.class))
                .isEqualTo(view);
    }

    @Test
    void aSnapshotWrittenBeforeThePartsReadsIntoThem() {
        String snapshot = """
                {"id":"7d1f2a5e-4f7b-4c39-9a51-1f0f5b0c2d10","slug":"ao-lang","name":"Ao làng",
                 "ownerName":"Chi bộ thôn 1","ownerKind":"COLLECTIVE","registeringUnit":"Chi bộ thôn 1",
                 "field":"CULTURE_SOCIETY_PEOPLE","latitude":21.03,"longitude":105.83,"communeCode":"00004",
                 "communeName":"Phường Ba Đình","provinceCode":"01","provinceName":"Thành phố Hà Nội",
                 "today":{"communeName":"Phường Ba Đình","provinceName":"Thành phố Hà Nội"},
                 "localityAgrees":true,"yearStarted":2024,"summary":"Tóm tắt.","story":"Câu chuyện.",
                 "status":"PUBLISHED","photos":[],"publishedAt":"2026-11-01T00:00:00Z",
                 "updatedAt":"2026-11-02T00:00:00Z","version":3}
                """;

        ModelView read = json.readValue(snapshot, ModelView.class);

        assertThat(read.profile().name()).isEqualTo("Ao làng");
        assertThat(read.profile().yearStarted()).isEqualTo(2024);
        assertThat(read.place().longitude()).isEqualTo(105.83);
        assertThat(read.locality().provinceCode()).isEqualTo("01");
        assertThat(read.state().version()).isEqualTo(3);
        assertThat(read.state().reviewRequested()).isFalse();
        assertThat(read.details()).isEqualTo(ModelDetails.NONE);
        assertThat(read.recognitions()).isEmpty();
    }

    @Test
    void aRegistrationAndAnEditAreReadFlat() {
        NewModel registration = json.readValue("""
                {"name":"Ao làng","ownerName":"Chi bộ thôn 1","ownerKind":"COLLECTIVE",
                 "field":"CULTURE_SOCIETY_PEOPLE","yearStarted":2024,"summary":"Tóm tắt.","story":"<p>Câu chuyện.</p>",
                 "location":{"latitude":21.03,"longitude":105.83,"communeCode":"00004"}}
                """, NewModel.class);
        ModelEdit edit = json.readValue("{\"summary\":\"Tóm tắt mới.\"}", ModelEdit.class);

        assertThat(registration.profile()).isEqualTo(PROFILE);
        assertThat(registration.location()).isEqualTo(LOCATION);
        assertThat(edit.profile().summary()).isEqualTo("Tóm tắt mới.");
        assertThat(edit.profile().name()).isNull();
        assertThat(edit.details()).isNull();
    }
}
