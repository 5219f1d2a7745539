package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole published family of a model: every generation, published models only, whatever the links say. */
class ReplicationFamilyIntegrationTests extends CatalogIntegrationTest {

    /** Phường Ba Đình, Hà Nội. */
    private static final ModelLocation BA_DINH = new ModelLocation(21.0368, 105.8342, "00004");

    /** Xã Can Lộc, Hà Tĩnh. */
    private static final ModelLocation CAN_LOC = new ModelLocation(18.484717, 105.767002, "18406");

    /** Xã Nam Đàn, Nghệ An. */
    private static final ModelLocation NAM_DAN = new ModelLocation(18.750352, 105.461328, "17935");

    @Autowired
    ModelCatalog catalog;

    @Autowired
    PublishedModels publishedModels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyGenerationIsFoundFromAnyMemberWithWhomEachLearnedFrom() {
        String s = suffix();
        ModelView root = published(model("goc-" + s, 2019, BA_DINH, null));
        ModelView first = published(model("doi-1-" + s, 2021, CAN_LOC, root.id()));
        ModelView sibling = published(model("doi-1-ben-" + s, 2022, BA_DINH, root.id()));
        ModelView second = published(model("doi-2-" + s, 2023, NAM_DAN, first.id()));
        ModelView third = published(model("doi-3-" + s, 2023, CAN_LOC, second.id()));
        published(model("khong-lien-quan-" + s, 2020, BA_DINH, null));

        Family fromTheMiddle = family(second.slug());
        Family fromTheRoot = family(root.slug());

        assertThat(fromTheMiddle).isEqualTo(fromTheRoot);
        assertThat(fromTheMiddle.truncated()).isFalse();
        assertThat(fromTheMiddle.members())
                .extracting(Family.Member::slug, Family.Member::generation, Family.Member::learnedFromSlug)
                .containsExactly(
                        tuple(root.slug(), 0, null),
                        tuple(first.slug(), 1, root.slug()),
                        tuple(sibling.slug(), 1, root.slug()),
                        tuple(second.slug(), 2, first.slug()),
                        tuple(third.slug(), 3, second.slug()));
        assertThat(fromTheMiddle.root().slug()).isEqualTo(root.slug());
        assertThat(fromTheMiddle.generations()).isEqualTo(4);
        Family.Member inNghean = fromTheMiddle.members().get(3);
        assertThat(inNghean.communeName()).isEqualTo("Xã Nam Đàn");
        assertThat(inNghean.provinceName()).isEqualTo("Tỉnh Nghệ An");
        assertThat(inNghean.learnedFromName()).isEqualTo(first.profile().name());
        assertThat(inNghean.latitude()).isEqualTo(NAM_DAN.latitude());
        assertThat(fromTheMiddle.years())
                .containsExactly(
                        new Family.YearStep(2019, 1, 1, 1, 1),
                        new Family.YearStep(2021, 1, 2, 2, 2),
                        new Family.YearStep(2022, 1, 3, 2, 2),
                        new Family.YearStep(2023, 2, 5, 3, 3));
        assertThat(family("khong-lien-quan-" + s).hasSpread()).isFalse();
    }

    @Test
    void aModelThatIsNotPublishedIsLeftOutAndSoIsWhatDescendsThroughIt() {
        String s = suffix();
        ModelView root = published(model("goc-nhap-" + s, 2019, BA_DINH, null));
        ModelView draft = registered(model("ban-nhap-" + s, 2021, CAN_LOC, root.id()), Editor.PLATFORM);
        published(model("sau-ban-nhap-" + s, 2022, NAM_DAN, draft.id()));
        ModelView archived = published(model("luu-tru-" + s, 2021, NAM_DAN, root.id()));
        catalog.archive(archived.id(), archived.state().version(), Editor.PLATFORM);
        ModelView shown = published(model("cong-bo-" + s, 2024, CAN_LOC, root.id()));

        assertThat(family(root.slug()).members())
                .extracting(Family.Member::slug)
                .containsExactly(root.slug(), shown.slug());
        assertThat(publishedModels.family(draft.slug()).blockOptional()).isEmpty();
        assertThat(publishedModels.family("khong-co-mo-hinh-nay-" + s).blockOptional())
                .isEmpty();
    }

    @Test
    void aLinkWaitingForTheModeratorIsNotFollowed() {
        String s = suffix();
        ModelView root = published(model("goc-cho-" + s, 2019, BA_DINH, null));
        ModelView later = published(model("sau-cho-" + s, 2023, CAN_LOC, null));

        catalog.nameOriginal(later.id(), later.state().version(), root.id(), Editor.PLATFORM);

        assertThat(family(root.slug()).hasSpread()).isFalse();
        assertThat(family(later.slug()).hasSpread()).isFalse();
    }

    /**
     * The catalog refuses a link that closes a cycle, but the database alone does not; rows written around the
     * catalog must not make the read loop.
     */
    @Test
    void aCycleInTheStoredLinksEndsTheReadWithEveryModelOnce() {
        String s = suffix();
        ModelView a = published(model("vong-a-" + s, 2019, BA_DINH, null));
        ModelView b = published(model("vong-b-" + s, 2020, CAN_LOC, a.id()));
        ModelView c = published(model("vong-c-" + s, 2021, NAM_DAN, b.id()));
        jdbc.sql("UPDATE catalog.model SET replicates_id = :c WHERE id = :a")
                .param("c", c.id())
                .param("a", a.id())
                .update();
        jdbc.sql("""
                        UPDATE catalog.model_revision SET snapshot = jsonb_set(snapshot, '{replicates}', to_jsonb(CAST(:c AS text)))
                        WHERE model_id = :a
                        """).param("c", c.id().toString()).param("a", a.id()).update();

        Family family = family(b.slug());

        assertThat(family.members())
                .extracting(Family.Member::slug)
                .containsExactlyInAnyOrder(a.slug(), b.slug(), c.slug());
        assertThat(family.members()).filteredOn(Family.Member::isRoot).hasSize(1);
    }

    /**
     * Copies, written as models published before revisions were kept, make a family wider than the cap and a chain
     * deeper than it without registering hundreds of models one by one.
     */
    @Test
    void aFamilyIsCutAtItsCapsKeepingTheEarliestGenerationsAndSaysSo() {
        String s = suffix();
        ModelView root = published(model("rong-" + s, 2015, BA_DINH, null));
        ModelView replica = published(model("rong-con-" + s, 2016, CAN_LOC, root.id()));
        jdbc.sql("""
                        INSERT INTO catalog.model
                        SELECT (jsonb_populate_record(m, jsonb_build_object(
                            'id', gen_random_uuid(), 'slug', m.slug || '-' || g, 'replicates_id', :parent))).*
                        FROM catalog.model m CROSS JOIN generate_series(1, :copies) g WHERE m.id = :replica
                        """)
                .param("parent", replica.id().toString())
                .param("copies", Family.MAX_MODELS)
                .param("replica", replica.id())
                .update();

        Family wide = family(root.slug());

        assertThat(wide.truncated()).isTrue();
        assertThat(wide.members()).hasSize(Family.MAX_MODELS);
        assertThat(wide.members()).extracting(Family.Member::slug).contains(root.slug(), replica.slug());

        ModelView top = published(model("sau-" + s, 2010, NAM_DAN, null));
        UUID parent = top.id();
        for (int generation = 1; generation <= Family.MAX_GENERATIONS + 1; generation++) {
            parent = jdbc.sql("""
                            INSERT INTO catalog.model
                            SELECT (jsonb_populate_record(m, jsonb_build_object(
                                'id', gen_random_uuid(), 'slug', m.slug || '-' || CAST(:generation AS int),
                                'replicates_id', :parent))).*
                            FROM catalog.model m WHERE m.id = :top RETURNING id
                            """)
                    .param("generation", generation)
                    .param("parent", parent.toString())
                    .param("top", top.id())
                    .query(UUID.class)
                    .single();
        }

        Family deep = family(top.slug());

        assertThat(deep.truncated()).isTrue();
        assertThat(deep.generations()).isEqualTo(Family.MAX_GENERATIONS + 1);
    }

    private Family family(String slug) {
        return publishedModels.family(slug).blockOptional().orElseThrow();
    }

    private ModelView published(NewModel model) {
        ModelView draft = registered(model, Editor.PLATFORM);
        return catalog.publish(draft.id(), draft.state().version(), Editor.PLATFORM);
    }

    private static NewModel model(String slug, int year, ModelLocation place, UUID original) {
        NewModel sample = SampleModels.at(SampleModels.baDinh(slug), place);
        ModelProfile profile = sample.profile();
        NewModel dated = new NewModel(
                slug,
                sample.registeringUnitId(),
                new ModelProfile(
                        "Mô hình " + slug,
                        profile.ownerName(),
                        profile.ownerKind(),
                        profile.field(),
                        year,
                        profile.summary(),
                        profile.story()),
                place,
                sample.photos(),
                sample.details(),
                null);
        return original == null ? dated : SampleModels.replicating(dated, original);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
