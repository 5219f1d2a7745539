package vn.danvankheo.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTests {

    @Test
    void resolvesTheThreeFormsAgainstTheLength() {
        assertThat(ByteRange.parse("bytes=0-99", 1000)).isEqualTo(new ByteRange(0, 99));
        assertThat(ByteRange.parse("bytes=900-", 1000)).isEqualTo(new ByteRange(900, 999));
        assertThat(ByteRange.parse("bytes=-50", 1000)).isEqualTo(new ByteRange(950, 999));
        assertThat(ByteRange.parse("bytes=990-5000", 1000)).isEqualTo(new ByteRange(990, 999));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).isEqualTo(new ByteRange(0, 999));
    }

    @Test
    void aRangeStartingPastTheEndIsUnsatisfiable() {
        assertThat(ByteRange.parse("bytes=1000-", 1000)).isSameAs(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=99999999999999999999-", 1000)).isSameAs(ByteRange.UNSATISFIABLE);
        assertThat(ByteRange.parse("bytes=-0", 1000)).isSameAs(ByteRange.UNSATISFIABLE);
    }

    @Test
    void malformedOrSeveralRangesGetTheWholeFile() {
        assertThat(ByteRange.parse("bytes=0-1,5-9", 1000)).isSameAs(ByteRange.WHOLE);
        assertThat(ByteRange.parse("bytes=9-5", 1000)).isSameAs(ByteRange.WHOLE);
        assertThat(ByteRange.parse("items=0-5", 1000)).isSameAs(ByteRange.WHOLE);
        assertThat(ByteRange.parse("bytes=-", 1000)).isSameAs(ByteRange.WHOLE);
    }
}
