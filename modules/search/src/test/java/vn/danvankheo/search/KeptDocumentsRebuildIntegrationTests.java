package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelEdit;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.OutboxBacklog;
import vn.danvankheo.places.VietnameseText;

/**
 * A full rebuild sends the document search kept for each model as it is, and makes from the catalog only what it
 * has no current document of (ADR 0029); what the public sees afterwards is the catalog's published state all the same.
 */
class KeptDocumentsRebuildIntegrationTests extends SearchIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UnitRegistry units;

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    ModelSearch search;

    @Autowired
    ModelReindex reindex;

    @Autowired
    ModelIndex index;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxBacklog backlog;

    @Test
    void aRebuildSendsKeptDocumentsAsTheyAreAndMakesStaleOrMissingOnesFromTheCatalog() throws Exception {
        ModelView kept = publish("Mô hình giữ tài liệu " + suffix());
        ModelView stale = publish("Mô hình tài liệu định dạng cũ " + suffix());
        ModelView missing = publish("Mô hình không còn tài liệu " + suffix());
        waitUntil(() -> backlog.measure().pending() == 0
                && keptDocument(kept.id()).isPresent()
                && keptDocument(stale.id()).isPresent()
                && keptDocument(missing.id()).isPresent());
        String keptMark = "dau giu lai " + suffix();
        String staleMark = "dau dinh dang cu " + suffix();
        replaceKeptName(kept.id(), keptMark, ModelDocument.FORMAT);
        replaceKeptName(stale.id(), staleMark, ModelDocument.FORMAT - 1);
        jdbc.update("DELETE FROM search.indexed_document WHERE model_id = ?", missing.id());
        waitUntil(() -> indexed() == catalog.publishedCount());
        long before = indexed();

        rebuild();

        assertThat(index.count(index.alias()))
                .as("count before = after = published")
                .isEqualTo(before)
                .isEqualTo(catalog.publishedCount());
        assertThat(idsFound("\"" + keptMark + "\""))
                .as("the kept bytes were sent")
                .containsExactly(kept.id());
        assertThat(idsFound("\"" + staleMark + "\""))
                .as("an older format is not sent")
                .isEmpty();
        assertThat(idsFound("\"" + VietnameseText.fold(stale.profile().name()) + "\""))
                .containsExactly(stale.id());
        assertThat(idsFound("\"" + VietnameseText.fold(missing.profile().name()) + "\""))
                .containsExactly(missing.id());
        assertThat(keptName(stale.id())).isEqualTo(stale.profile().name());
        assertThat(jdbc.queryForObject(
                        "SELECT format FROM search.indexed_document WHERE model_id = ?", Integer.class, stale.id()))
                .isEqualTo(ModelDocument.FORMAT);
        assertThat(keptName(missing.id()))
                .as("made again and kept")
                .isEqualTo(missing.profile().name());
    }

    @Test
    void aModelChangedDuringARebuildEndsUpAsTheCatalogHasIt() throws Exception {
        ModelView model = publish("Mô hình trước khi đổi tên " + suffix());
        waitUntil(() -> keptDocument(model.id()).isPresent());
        String renamed = "Mô hình đổi tên trong lúc dựng lại " + suffix();

        ReindexProgress started = reindex.start();
        ModelView edited = writes.revise(
                        Account.PLATFORM,
                        model.id(),
                        model.state().version(),
                        new ModelEdit(new ModelProfile(renamed, null, null, null, null, null, null), null))
                .block();
        writes.publish(Account.PLATFORM, model.id(), edited.state().version()).block();
        waitUntilDone(started);
        waitUntil(() -> idsFound("\"" + VietnameseText.fold(renamed) + "\"").equals(List.of(model.id()))
                && renamed.equals(keptName(model.id())));

        assertThat(idsFound("\"" + VietnameseText.fold(model.profile().name()) + "\""))
                .isEmpty();
        rebuild();
        assertThat(idsFound("\"" + VietnameseText.fold(renamed) + "\""))
                .as("and so does the next rebuild, from what was kept")
                .containsExactly(model.id());
    }

    @Test
    void anUnpublishedModelIsNeitherKeptNorIndexedByARebuild() throws Exception {
        ModelView model = publish("Mô hình rồi lưu trữ " + suffix());
        waitUntil(() ->
                backlog.measure().pending() == 0 && keptDocument(model.id()).isPresent());
        byte[] document = keptDocument(model.id()).orElseThrow();
        writes.archive(Account.PLATFORM, model.id(), model.state().version()).block();
        waitUntil(() -> keptDocument(model.id()).isEmpty());
        // As if the outbox had failed to forget it: the rebuild goes by what the catalog publishes, not by the table.
        jdbc.update(
                "INSERT INTO search.indexed_document (model_id, format, document) VALUES (?, ?, ?)",
                model.id(),
                ModelDocument.FORMAT,
                document);
        long published = catalog.publishedCount();

        rebuild();

        assertThat(index.count(index.alias())).isEqualTo(published);
        assertThat(idsFound("\"" + VietnameseText.fold(model.profile().name()) + "\""))
                .isEmpty();
    }

    private long indexed() {
        try {
            return index.count(index.alias());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rebuild() throws InterruptedException {
        waitUntilDone(reindex.start());
    }

    private void waitUntilDone(ReindexProgress started) throws InterruptedException {
        assertThat(started.running()).isTrue();
        waitUntil(() -> !reindex.progress().running());
        assertThat(reindex.progress().state()).isEqualTo("DONE");
    }

    private List<UUID> idsFound(String text) {
        return search.search(ModelQuery.of(text)).block(Duration.ofSeconds(20)).models().stream()
                .map(found -> UUID.fromString(found.id()))
                .toList();
    }

    private Optional<byte[]> keptDocument(UUID modelId) {
        return jdbc
                .query(
                        "SELECT document FROM search.indexed_document WHERE model_id = ?",
                        (rs, n) -> rs.getBytes(1),
                        modelId)
                .stream()
                .findFirst();
    }

    private String keptName(UUID modelId) {
        return keptDocument(modelId)
                .map(document -> JSON.readTree(document).path("name").asString())
                .orElse(null);
    }

    /** Rewrites the kept document under another name, searchable only if the rebuild sends these very bytes. */
    private void replaceKeptName(UUID modelId, String mark, int format) {
        ObjectNode document = (ObjectNode) JSON.readTree(keptDocument(modelId).orElseThrow());
        document.put("name", mark);
        document.put("nameFolded", mark);
        document.put("nameExact", mark);
        jdbc.update(
                "UPDATE search.indexed_document SET format = ?, document = ? WHERE model_id = ?",
                format,
                JSON.writeValueAsString(document).getBytes(StandardCharsets.UTF_8),
                modelId);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private ModelView publish(String name) {
        return TestModels.published(writes, units, "giu-tai-lieu-", name);
    }
}
