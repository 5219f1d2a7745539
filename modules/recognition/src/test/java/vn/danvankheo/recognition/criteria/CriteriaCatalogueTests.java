package vn.danvankheo.recognition.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the project's real criteria data, so a bad edit to {@code data/criteria} fails here first. */
class CriteriaCatalogueTests {

    private static final String LOCAL_PLAN = "local-plan-2026";
    private static final String GUIDANCE = "central-guidance-2026-2030";

    private final CriteriaCatalogue catalogue =
            new CriteriaCatalogue(new CriteriaProperties(Path.of("..", "..", "data", "criteria")));

    @Test
    void theRealDataLoads() {
        assertThat(catalogue.all())
                .extracting(CriteriaSet::id)
                .containsExactly(
                        GUIDANCE,
                        LOCAL_PLAN,
                        "local-plan-2026-exemplary-collective",
                        "local-plan-2026-exemplary-individual",
                        "local-plan-2026-leader");
    }

    @Test
    void theLocalPlanHasItsEightModelCriteriaInTheDocumentsOrderAndWords() {
        CriteriaSet plan = catalogue.byId(LOCAL_PLAN).orElseThrow();

        assertThat(plan.appliesTo()).containsExactly(Audience.MODEL);
        assertThat(plan.criteria())
                .extracting(Criterion::code)
                .containsExactly(
                        "LP2026-1", "LP2026-2", "LP2026-3", "LP2026-4", "LP2026-5", "LP2026-6", "LP2026-7", "LP2026-8");
        assertThat(plan.criteria().get(0).text())
                .isEqualTo("Có đăng ký thực hiện mô hình với cơ quan, đơn vị phát động, triển khai phong trào thi đua"
                        + " \"Dân vận khéo\". Có tên gọi, chủ thể rõ ràng, nội dung thuộc một trong các lĩnh vực: kinh"
                        + " tế; văn hóa - xã hội; quốc phòng - an ninh, dân tộc - tôn giáo; xây dựng hệ thống chính"
                        + " trị.");
        assertThat(plan.criteria().get(7).text()).isEqualTo("Có hồ sơ lưu trữ đầy đủ theo quy định.");
    }

    @Test
    void exemplarySetsBuildOnTheModelCriteriaAsTheDocumentSays() {
        assertThat(catalogue
                        .byId("local-plan-2026-exemplary-collective")
                        .orElseThrow()
                        .includes())
                .containsExactly(LOCAL_PLAN);
        assertThat(catalogue
                        .byId("local-plan-2026-exemplary-individual")
                        .orElseThrow()
                        .criteria())
                .hasSize(8);
        assertThat(catalogue.byId("local-plan-2026-leader").orElseThrow().includes())
                .containsExactly("local-plan-2026-exemplary-individual");
    }

    @Test
    void theGuidanceKeepsTheSixClearsAndThePeoplesPart() {
        assertThat(catalogue.byId(GUIDANCE).orElseThrow().criteria())
                .extracting(Criterion::text)
                .anySatisfy(text -> assertThat(text)
                        .contains("“Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”"))
                .anySatisfy(text -> assertThat(text)
                        .contains("“rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền”"));
    }

    @Test
    void theAnnualReportKeepsTheDocumentsImpossibleDateVisible() {
        List<Deadline> deadlines = catalogue.byId(LOCAL_PLAN).orElseThrow().deadlines();

        assertThat(deadlines)
                .extracting(Deadline::dueText)
                .containsExactly("30/01/2026", "30/6/2026", "10/10/2026", "15/11/2026", "31/11/2026");
        Deadline annual = deadlines.get(4);
        assertThat(annual.due()).isNull();
        assertThat(annual.problem()).contains("31/11/2026");
        assertThat(deadlines.get(0).due()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void before2026NothingIsInForce() {
        assertThat(catalogue.inForce(RecognitionLevel.GRASSROOTS, 2025)).isEmpty();
    }

    @Test
    void in2026GrassrootsUseThePlanAndTheGeneralCriteriaThatBindThem() {
        assertThat(catalogue.inForce(RecognitionLevel.GRASSROOTS, 2026))
                .extracting(CriteriaSet::id)
                .contains(LOCAL_PLAN, GUIDANCE);
        assertThat(catalogue.inForce(RecognitionLevel.GRASSROOTS, 2026, Audience.MODEL))
                .extracting(CriteriaSet::id)
                .containsExactly(LOCAL_PLAN);
        assertThat(catalogue.inForce(RecognitionLevel.GRASSROOTS, 2026, Audience.LEADER))
                .extracting(CriteriaSet::id)
                .containsExactly(GUIDANCE, "local-plan-2026-leader");
    }

    @Test
    void theCentralLevelNeverSeesTheLocalPlan() {
        assertThat(catalogue.inForce(RecognitionLevel.CENTRAL, 2026))
                .extracting(CriteriaSet::id)
                .containsExactly(GUIDANCE);
    }

    @Test
    void in2030TheGuidanceStillHoldsButThe2026PlanHasLapsed() {
        assertThat(catalogue.inForce(RecognitionLevel.GRASSROOTS, 2030))
                .extracting(CriteriaSet::id)
                .containsExactly(GUIDANCE);
        assertThat(catalogue.inForce(RecognitionLevel.GRASSROOTS, 2031)).isEmpty();
    }

    @Test
    void unknownIdsFindNothing() {
        assertThat(catalogue.byId("local-plan-2027")).isEmpty();
    }
}
