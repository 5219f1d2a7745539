package vn.danvankheo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.UnitRegistry;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.ModelCatalog;
import vn.danvankheo.catalog.ModelLocation;
import vn.danvankheo.catalog.ModelProfile;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NewModel;
import vn.danvankheo.catalog.OwnerKind;
import vn.danvankheo.places.BoundingBox;

/** What a journalist types, against real models in PostGIS indexed through the outbox into Elasticsearch. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelSearchIntegrationTests extends SearchIntegrationTest {

    @Autowired
    UnitRegistry units;

    private static final String BA_DINH = "00004";
    private static final String TAN_HOA_FORMERLY_HOA_BINH = "04792";
    private static final String VIET_TRI_FORMERLY_PHU_THO = "07900";
    private static final String TAN_DINH_HO_CHI_MINH_CITY = "26737";
    private static final String PHU_XUAN_HUE = "19753";

    @Autowired
    ModelCatalog catalog;

    @Autowired
    ModelWrites writes;

    @Autowired
    ModelSearch search;

    @Autowired
    ModelIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    ModelView roadDonation;
    ModelView mediation;
    ModelView cashlessMarket;
    ModelView friendshipClub;
    ModelView highlandMarket;
    ModelView freeKitchen;
    ModelView heritageGuides;
    ModelView selfManagedDesk;
    ModelView selfManagedBoard;
    List<ModelView> nightPatrols = new ArrayList<>();

    @BeforeAll
    void publishModels() {
        roadDonation = publish(
                "Dân vận khéo trong xây dựng nông thôn mới",
                "Vận động nhân dân hiến đất mở rộng đường làng.",
                "<p>Cả thôn cùng bàn, cùng làm.</p>",
                BA_DINH,
                21.0368,
                105.8342,
                Field.ECONOMY_SCIENCE_ENVIRONMENT);
        mediation = publish(
                "Tổ hòa giải cơ sở phường Thụy Khuê",
                "Hòa giải mâu thuẫn trong khu dân cư ngay từ đầu.",
                "<p>Tổ gồm năm thành viên.</p>",
                BA_DINH,
                21.04,
                105.83,
                Field.PARTY_AND_POLITICAL_SYSTEM);
        cashlessMarket = publish(
                "Chợ phiên không dùng tiền mặt",
                "Người bán và người mua trả tiền bằng mã QR.",
                "<p>Chuyển đổi số ở chợ vùng cao.</p>",
                TAN_HOA_FORMERLY_HOA_BINH,
                20.8729,
                105.3192,
                Field.ECONOMY_SCIENCE_ENVIRONMENT);
        friendshipClub = publish(
                "Câu lạc bộ giao lưu quốc tế",
                "Sinh viên quốc tế và thanh niên địa phương sinh hoạt chung.",
                "<p>Vì hoà bình, hữu nghị giữa các dân tộc.</p>",
                BA_DINH,
                21.035,
                105.836,
                Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS);
        highlandMarket = publish(
                "Chợ phiên vùng trung du",
                "Phiên chợ giới thiệu nông sản của hợp tác xã.",
                "<p>Họp vào ngày rằm.</p>",
                VIET_TRI_FORMERLY_PHU_THO,
                21.32,
                105.394,
                Field.ECONOMY_SCIENCE_ENVIRONMENT);
        freeKitchen = publish(
                "Bếp ăn không đồng",
                "Bữa cơm miễn phí cho người lao động nghèo.",
                "<p>Do các nhà hảo tâm đóng góp.</p>",
                TAN_DINH_HO_CHI_MINH_CITY,
                10.7912,
                106.6939,
                Field.CULTURE_SOCIETY_PEOPLE);
        heritageGuides = publish(
                "Thanh niên thuyết minh di sản",
                "Đoàn viên hướng dẫn du khách miễn phí.",
                "<p>Tại Đại Nội.</p>",
                PHU_XUAN_HUE,
                16.4785,
                107.5772,
                Field.CULTURE_SOCIETY_PEOPLE);
        selfManagedDesk = publish(
                "Mô hình bàn tự quản",
                "Tự quản về trật tự.",
                "<p>-</p>",
                BA_DINH,
                21.036,
                105.835,
                Field.PARTY_AND_POLITICAL_SYSTEM);
        selfManagedBoard = publish(
                "Mô hình ban tự quản",
                "Tự quản về trật tự.",
                "<p>-</p>",
                BA_DINH,
                21.036,
                105.835,
                Field.PARTY_AND_POLITICAL_SYSTEM);
        for (int i = 0; i < 3; i++) {
            nightPatrols.add(publish(
                    "Tổ tuần tra đêm khu phố",
                    "Thanh niên tuần tra giữ yên giấc ngủ khu phố.",
                    "<p>Mỗi tối hai người.</p>",
                    BA_DINH,
                    21.037,
                    105.833,
                    Field.DEFENCE_SECURITY_FOREIGN_AFFAIRS));
        }
        waitUntil(
                () -> ids(search("Ban tự quản")).contains(selfManagedBoard.id().toString())
                        && search("tuan tra dem").total() == nightPatrols.size());
    }

    @Test
    void wordsWithoutDiacriticsInAnyOrderFindTheModel() {
        assertThat(ids(search("dan van kheo")).get(0))
                .isEqualTo(roadDonation.id().toString());
        assertThat(ids(search("kheo nong thon dan van")))
                .containsExactly(roadDonation.id().toString());
    }

    @Test
    void eitherTonePlacementFindsTheSameModel() {
        assertThat(ids(search("Thuỵ Khuê"))).containsExactly(mediation.id().toString());
        assertThat(ids(search("Thụy Khuê"))).containsExactly(mediation.id().toString());
        assertThat(ids(search("tổ hoà giải"))).containsExactly(mediation.id().toString());
    }

    @Test
    void aTypoInALongerWordIsForgivenButNotInAShortOne() {
        assertThat(ids(search("xay dung nong thonn")))
                .containsExactly(roadDonation.id().toString());
        assertThat(ids(search("tổ hòa giảii"))).containsExactly(mediation.id().toString());
        assertThat(ids(search("ban tu quam"))).isEmpty();
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatches() {
        assertThat(ids(search("bàn tự quản")).subList(0, 2))
                .containsExactly(
                        selfManagedDesk.id().toString(), selfManagedBoard.id().toString());
        assertThat(ids(search("ban tự quản")).subList(0, 2))
                .containsExactly(
                        selfManagedBoard.id().toString(), selfManagedDesk.id().toString());
    }

    @Test
    void aFormerProvinceLeadsToTheCommunesThatWereItsNotToAStoryAboutPeace() {
        SearchResults results = search("chợ phiên Hoà Bình");

        assertThat(ids(results)).containsExactly(cashlessMarket.id().toString());
        assertThat(results.places()).containsExactly("Hoà Bình (trước 7/2025)");
        assertThat(ids(search("hoa binh")))
                .contains(cashlessMarket.id().toString())
                .doesNotContain(
                        friendshipClub.id().toString(), highlandMarket.id().toString());
        assertThat(ids(search("\"hòa bình\"")))
                .containsExactly(friendshipClub.id().toString());
    }

    @Test
    void provincesAreUnderstoodByTheirNamesOldNamesAndAliases() {
        assertThat(ids(search("TPHCM"))).containsExactly(freeKitchen.id().toString());
        assertThat(ids(search("bếp ăn Sài Gòn")))
                .containsExactly(freeKitchen.id().toString());
        assertThat(ids(search("thành phố Hồ Chí Minh")))
                .containsExactly(freeKitchen.id().toString());
        assertThat(ids(search("thuyết minh Thừa Thiên Huế")))
                .containsExactly(heritageGuides.id().toString());
        assertThat(ids(search("chợ phiên tỉnh Phú Thọ")))
                .containsExactlyInAnyOrder(
                        cashlessMarket.id().toString(), highlandMarket.id().toString());
    }

    @Test
    void aCommuneNeedsItsUnitWord() {
        assertThat(ids(search("phường Tân Định")))
                .containsExactly(freeKitchen.id().toString());
    }

    @Test
    void matchedWordsAreMarkedWithTheirDiacriticsAsStored() {
        FoundModel found = search("ma qr").models().get(0);

        assertThat(found.snippetHtml()).contains("<mark>mã</mark> <mark>QR</mark>");
        assertThat(found.nameHtml()).isEqualTo("Chợ phiên không dùng tiền mặt");
        assertThat(found.thumbnailUrl()).startsWith("/media/").endsWith("?w=320");
        assertThat(found.province()).isEqualTo("Tỉnh Phú Thọ");
        assertThat(search("\"hoà binh\" huu nghi").models().get(0).snippetHtml())
                .contains("<mark>hoà</mark> <mark>bình</mark>, <mark>hữu</mark> <mark>nghị</mark>");
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        SearchResults results = search(ModelQuery.of("chợ phiên").withSize(1));

        assertThat(results.total()).isEqualTo(2);
        assertThat(results.facets().get("field"))
                .containsExactly(new SearchResults.FacetCount(
                        "ECONOMY_SCIENCE_ENVIRONMENT", Field.ECONOMY_SCIENCE_ENVIRONMENT.labelVi(), 2));
        assertThat(results.facets().get("province"))
                .containsExactly(new SearchResults.FacetCount("25", "Tỉnh Phú Thọ", 2));
    }

    /** The total and facets are counted apart from the page, unscored: they must count the very models it finds. */
    @Test
    void theTotalAndFacetsCountWhatThePagesFindWithTyposPhrasesAndPlaces() {
        for (String text :
                List.of("cho phienn", "\"chợ phiên\" Hoà Bình", "thuyet minh di san", "Sài Gòn", "dan van kheo")) {
            SearchResults results = search(text);
            long byField = results.facets().get("field").stream()
                    .mapToLong(SearchResults.FacetCount::count)
                    .sum();

            assertThat(results.models()).as(text).isNotEmpty();
            assertThat(results.total()).as(text).isEqualTo(results.models().size());
            assertThat(byField).as(text).isEqualTo(results.models().size());
        }
    }

    @Test
    void theMapsFilterNarrowsTheWordsAndTheFacetsFollow() {
        SearchResults results = search(SearchParameters.read(Map.of(
                "q",
                List.of("chợ phiên"),
                "field",
                List.of("ECONOMY_SCIENCE_ENVIRONMENT"),
                "province",
                List.of("25"))));
        assertThat(ids(results))
                .containsExactlyInAnyOrder(
                        cashlessMarket.id().toString(), highlandMarket.id().toString());
        assertThat(results.facets().get("owner"))
                .containsExactly(new SearchResults.FacetCount("collective", "Tập thể", 2));
        assertThat(results.facets().get("stage"))
                .containsExactly(new SearchResults.FacetCount("new", "Mô hình mới", 2));
        assertThat(results.models().get(0).badges()).contains("Mô hình mới");

        assertThat(ids(search(SearchParameters.read(
                        Map.of("q", List.of("chợ phiên"), "field", List.of("CULTURE_SOCIETY_PEOPLE"))))))
                .isEmpty();
        assertThatThrownBy(() -> SearchParameters.read(Map.of("q", List.of("chợ"), "tinh", List.of("25"))))
                .isInstanceOf(InvalidModelFilterException.class)
                .hasMessageContaining("tinh");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsInEverySort() {
        for (SearchSort sort : SearchSort.values()) {
            Set<String> all = new LinkedHashSet<>(
                    ids(search(ModelQuery.of("").sortedBy(sort).withSize(100))));
            List<String> paged = new ArrayList<>();
            ModelQuery query = ModelQuery.of("").sortedBy(sort).withSize(2);
            SearchResults page = search(query);
            paged.addAll(ids(page));
            while (page.next() != null) {
                page = search(query.after(page.next()));
                paged.addAll(ids(page));
            }
            assertThat(paged).as(sort.name()).containsExactlyElementsOf(all);
        }
    }

    /**
     * Models equal on the words score the same; the newest comes first, on every page. The index keeps models by the
     * length of their name and summary (ADR 0032), so the order in which it holds them must never break the tie.
     */
    @Test
    void modelsEqualOnTheWordsComeNewestFirstOnEveryPage() {
        List<String> newestFirst = new ArrayList<>();
        nightPatrols.forEach(model -> newestFirst.add(0, model.id().toString()));
        ModelQuery query = ModelQuery.of("tuần tra đêm").withSize(1);
        List<String> paged = new ArrayList<>();
        SearchResults page = search(query);
        paged.addAll(ids(page));
        while (page.next() != null) {
            page = search(query.after(page.next()));
            paged.addAll(ids(page));
        }

        assertThat(ids(search("tuần tra đêm"))).containsExactlyElementsOf(newestFirst);
        assertThat(paged).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void theIndexKeepsModelsByTheLengthOfTheirNameAndSummary() throws Exception {
        String current = index.current().orElseThrow();
        var settings = elasticsearch
                .indices()
                .getSettings(g -> g.index(current))
                .get(current)
                .settings()
                .index();

        assertThat(settings.sort().field()).containsExactly("nameWords", "summaryWords");
        assertThat(settings.numberOfShards()).isEqualTo("1");
    }

    @Test
    void geographicFiltersKeepOnlyModelsInsideTheirShape() {
        ModelQuery nearBaDinh = ModelQuery.of("").withSize(100).near(new ModelQuery.Distance(21.0368, 105.8342, 3));
        assertThat(ids(search(nearBaDinh)))
                .contains(roadDonation.id().toString(), mediation.id().toString())
                .doesNotContain(freeKitchen.id().toString(), cashlessMarket.id().toString());

        assertThat(ids(search(ModelQuery.of("").withSize(100).within("79"))))
                .containsExactly(freeKitchen.id().toString());
        assertThat(ids(search(ModelQuery.of("").withSize(100).within(TAN_HOA_FORMERLY_HOA_BINH))))
                .containsExactly(cashlessMarket.id().toString());
        assertThat(ids(search(ModelQuery.of("").withSize(100).inView(new BoundingBox(106.5, 10.5, 107, 11)))))
                .containsExactly(freeKitchen.id().toString());
        assertThat(ids(search(ModelQuery.of("").updatedSince(Instant.now().plusSeconds(3600)))))
                .isEmpty();
        assertThat(ids(search(ModelQuery.of("bếp ăn").updatedSince(Instant.now().minusSeconds(3600)))))
                .containsExactly(freeKitchen.id().toString());
    }

    @Test
    void unreadableParametersAreRefusedInVietnamese() {
        assertThatThrownBy(() -> SearchParameters.read(null, "oldest", null, null, null, null, null, null, null))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining("sắp xếp");
        assertThatThrownBy(() -> SearchParameters.read(null, null, null, "500", null, null, null, null, null))
                .isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> SearchParameters.read(null, null, null, null, "hôm qua", null, null, null, null))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining("updatedSince");
        assertThatThrownBy(() -> SearchParameters.read(null, null, null, null, null, null, "21.0", "5", null))
                .isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> search(ModelQuery.of("").after("không-phải-con-trỏ")))
                .isInstanceOf(InvalidSearchRequestException.class);
        assertThatThrownBy(() -> search(ModelQuery.of("").within("99999")))
                .isInstanceOf(InvalidSearchRequestException.class);
    }

    private SearchResults search(String text) {
        return search(ModelQuery.of(text).withSize(100));
    }

    private SearchResults search(ModelQuery query) {
        return search.search(query).block(Duration.ofSeconds(20));
    }

    private static List<String> ids(SearchResults results) {
        return results.models().stream().map(FoundModel::id).toList();
    }

    private ModelView publish(
            String name, String summary, String story, String commune, double lat, double lon, Field field) {
        ModelView draft = writes.register(
                        Account.PLATFORM,
                        new NewModel(
                                "tim-" + UUID.randomUUID().toString().substring(0, 8),
                                TestUnits.of(units, "Ban Dân vận", commune),
                                new ModelProfile(
                                        name, "Ban Dân vận", OwnerKind.COLLECTIVE, field, 2025, summary, story),
                                new ModelLocation(lat, lon, commune),
                                List.of(new NewModel.NewPhoto(UUID.randomUUID(), "Ảnh", "Nguồn")),
                                null,
                                null))
                .block();
        return writes.publish(Account.PLATFORM, draft.id(), draft.state().version())
                .block();
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 60 s").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
