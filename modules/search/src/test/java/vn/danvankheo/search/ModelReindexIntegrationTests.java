package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;

/** A full rebuild behind the alias while journalists search and units publish. */
class ModelReindexIntegrationTests extends SearchIntegrationTest {

    @Autowired
    UnitRegistry units;

    private static final int MODELS = 120;

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

    @Test
    void aRebuildMovesTheAliasToANewIndexWhileSearchesKeepAnsweringAndNoChangeIsLost() throws Exception {
        for (int i = 0; i < MODELS; i++) {
            publish("Mô hình tái lập chỉ mục số " + i);
        }
        waitForTotal(catalog.publishedCount());
        String before = index.current().orElseThrow();

        ReindexProgress started = reindex.start();
        ModelView duringBuild = publish("Mô hình công bố trong lúc dựng lại chỉ mục");
        List<Long> totalsSeen = new ArrayList<>();
        while (reindex.progress().running()) {
            totalsSeen.add(total(""));
        }

        ReindexProgress done = reindex.progress();
        assertThat(started.total()).isGreaterThanOrEqualTo(MODELS);
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.done()).isGreaterThanOrEqualTo(started.total());
        assertThat(index.current()).get().isNotEqualTo(before);
        assertThat(totalsSeen).allSatisfy(total -> assertThat(total).isGreaterThanOrEqualTo(MODELS));
        waitForTotal(catalog.publishedCount());
        assertThat(total("\"công bố trong lúc dựng lại\"")).isEqualTo(1);
        assertThat(search.search(ModelQuery.of("dựng lại chỉ mục"))
                        .block()
                        .models()
                        .get(0)
                        .id())
                .isEqualTo(duringBuild.id().toString());
    }

    private long total(String text) {
        return search.search(ModelQuery.of(text).withSize(1))
                .block(Duration.ofSeconds(20))
                .total();
    }

    private void waitForTotal(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (total("") != expected) {
            assertThat(System.nanoTime()).as("all %d models indexed", expected).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private ModelView publish(String name) {
        return TestModels.published(writes, units, "tai-lap-", name);
    }
}
