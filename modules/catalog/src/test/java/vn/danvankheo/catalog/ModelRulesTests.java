package vn.danvankheo.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelRulesTests {

    private final ModelRules rules = new ModelRules(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aCompleteModelPasses() {
        assertThatCode(() -> rules.check(SampleModels.baDinh("hop-le"))).doesNotThrowAnyException();
    }

    static Stream<Arguments> badModels() {
        return Stream.of(
                bad(
                        "Đường dẫn (slug)",
                        m -> with(m, "Có Dấu", m.profile().name(), m.profile().yearStarted(), m.location())),
                bad(
                        "Tên mô hình không được để trống.",
                        m -> with(m, m.slug(), "  ", m.profile().yearStarted(), m.location())),
                bad(
                        "Năm bắt đầu phải từ 1930 đến 2027.",
                        m -> with(m, m.slug(), m.profile().name(), 2031, m.location())),
                bad(
                        "Kinh độ phải là số trong khoảng -180 đến 180.",
                        m -> with(m, m.slug(), m.profile().name(), 2025, new ModelLocation(21, Double.NaN, "00004"))),
                bad(
                        "Mã xã, phường, đặc khu phải gồm 5 chữ số.",
                        m -> with(m, m.slug(), m.profile().name(), 2025, new ModelLocation(21, 105.8, "4"))));
    }

    @ParameterizedTest
    @MethodSource("badModels")
    void badInputGetsAVietnameseMessage(String message, UnaryOperator<NewModel> breakIt) {
        NewModel broken = breakIt.apply(SampleModels.baDinh("hop-le"));
        assertThatThrownBy(() -> rules.check(broken))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith(message);
    }

    private static Arguments bad(String message, UnaryOperator<NewModel> breakIt) {
        return Arguments.of(message, breakIt);
    }

    private static NewModel with(NewModel m, String slug, String name, int year, ModelLocation location) {
        return new NewModel(
                slug,
                m.registeringUnitId(),
                new ModelProfile(
                        name,
                        m.profile().ownerName(),
                        m.profile().ownerKind(),
                        m.profile().field(),
                        year,
                        m.profile().summary(),
                        m.profile().story()),
                location,
                List.copyOf(m.photos()),
                null,
                null);
    }
}
