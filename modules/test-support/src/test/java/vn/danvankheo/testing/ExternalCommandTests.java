package vn.danvankheo.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalCommandTests {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void returnsWhatTheCommandWrote() {
        assertThat(ExternalCommand.run(MINUTE, List.of("sh", "-c", "echo out; echo err >&2")))
                .isEqualTo("out\nerr\n");
    }

    @Test
    void givesTheCommandAnEmptyInputInsteadOfTheTestJvmsOwn() {
        assertThat(ExternalCommand.run(MINUTE, List.of("sh", "-c", "cat; echo done")))
                .isEqualTo("done\n");
    }

    @Test
    void failsWithTheExitValueAndTheOutput() {
        assertThatThrownBy(() -> ExternalCommand.run(MINUTE, List.of("sh", "-c", "echo why; exit 3")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed with 3")
                .hasMessageContaining("why");
    }

    @Test
    void stopsACommandThatTakesTooLong() {
        assertThatThrownBy(() -> ExternalCommand.run(Duration.ofMillis(200), List.of("sleep", "30")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("took longer than");
    }
}
