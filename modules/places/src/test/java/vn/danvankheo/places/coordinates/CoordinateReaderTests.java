package vn.danvankheo.places.coordinates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CoordinateReaderTests {

    private final CoordinateReader reader = new CoordinateReader();

    @Test
    void oneReaderServesManyThreadsWithTheSameResults() throws Exception {
        List<String> inputs = List.of(
                "X=1855759.3584 Y=546151.8072 KTT 106°15'",
                "VN-2000 12°33'39.7\" B, 109°25'53.6\" Đ",
                "21°01'42.6\"N 105°51'15.1\"E",
                "https://www.openstreetmap.org/#map=17/21.0285/105.8542");
        List<ReadCoordinate> expected = inputs.stream().map(reader::read).toList();
        List<Callable<Boolean>> jobs = IntStream.range(0, 400)
                .<Callable<Boolean>>mapToObj(i -> () -> {
                    int which = i % inputs.size();
                    return reader.read(inputs.get(which)).equals(expected.get(which));
                })
                .toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> same : threads.invokeAll(jobs)) {
                assertThat(same.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void notesCannotBeChangedByCallers() {
        List<String> notes = reader.read("21.0285, 105.8542").notes();

        assertThat(notes).isUnmodifiable();
    }
}
