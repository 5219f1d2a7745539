package vn.danvankheo.media.videos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.danvankheo.media.TestVideos;

public class Mp4LocationScrubberTests {

    /** Where the original {@code moov/udta} sits inside {@code moov}, and {@code trak}'s place and size. */
    private static final int UDTA_IN_MOOV = 993 - TestVideos.MOOV_AT;

    private static final int TRAK_IN_MOOV = 148 - TestVideos.MOOV_AT;
    private static final int TRAK_SIZE = 845;
    private static final int MOOV_SIZE = 1022;

    @Test
    void aQuickTimeLocationInMoovIsGoneAndEverythingElseIsByteIdentical() throws IOException {
        byte[] located = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        int moov = TestVideos.mp4().length;

        byte[] scrubbed = scrub(located);

        assertThat(scrubbed).hasSameSizeAs(located);
        assertNoLocation(scrubbed);
        assertThat(scrubbed).isEqualTo(freed(located, moov + UDTA_IN_MOOV, moov + MOOV_SIZE));
        assertThat(Arrays.copyOfRange(scrubbed, 0, moov)).isEqualTo(Arrays.copyOfRange(located, 0, moov));
        assertThat(VideoSignature.of(Arrays.copyOf(scrubbed, VideoSignature.HEAD_LENGTH)))
                .contains(VideoSignature.MP4);
    }

    @Test
    void appleLocationKeysInATracksMetaAreGone() throws IOException {
        byte[] meta = TestVideos.appleMeta();
        byte[] located = TestVideos.withMoovLast("moov/trak", meta);
        int moov = TestVideos.mp4().length;
        assertThat(contains(located, "com.apple.quicktime.location.ISO6709")).isTrue();

        byte[] scrubbed = scrub(located);

        assertThat(scrubbed).hasSameSizeAs(located);
        assertNoLocation(scrubbed);
        assertThat(contains(scrubbed, "com.apple.quicktime.location")).isFalse();
        assertThat(scrubbed)
                .isEqualTo(freed(located, moov + TRAK_IN_MOOV + TRAK_SIZE, moov + UDTA_IN_MOOV + meta.length));
    }

    @Test
    void boxesWith64BitSizesAreWalkedAndKeepTheirSizes() throws IOException {
        byte[] mp4 = TestVideos.mp4();
        byte[] udta = TestVideos.largeBox("udta", Arrays.copyOfRange(TestVideos.xyzUserData(), 8, 8 + 30));
        byte[] moovLast = TestVideos.withMoovLast("moov", udta);
        // The free box before mdat gives 8 bytes to mdat's 64-bit header, so the media stays where it was.
        byte[] located = TestVideos.concat(
                Arrays.copyOfRange(moovLast, 0, TestVideos.MOOV_AT),
                TestVideos.box("free", new byte[TestVideos.MDAT_AT - TestVideos.MOOV_AT - 16]),
                TestVideos.largeBox("mdat", Arrays.copyOfRange(mp4, TestVideos.MDAT_AT + 8, mp4.length)),
                Arrays.copyOfRange(moovLast, mp4.length, moovLast.length));
        assertThat(located).hasSameSizeAs(moovLast);
        int moov = mp4.length;

        byte[] scrubbed = scrub(located);

        assertThat(scrubbed).hasSameSizeAs(located);
        assertNoLocation(scrubbed);
        byte[] expected = freed(located, moov + UDTA_IN_MOOV, moov + MOOV_SIZE);
        assertThat(scrubbed).isEqualTo(expected);
        // The 64-bit size itself is kept: only the type and the payload after it change.
        assertThat(Arrays.copyOfRange(scrubbed, moov + MOOV_SIZE, moov + MOOV_SIZE + 16))
                .isEqualTo(TestVideos.concat(
                        ByteBuffer.allocate(4).putInt(1).array(),
                        ascii("free"),
                        ByteBuffer.allocate(8).putLong(udta.length).array()));
    }

    @Test
    void aMoovRunningToTheEndOfTheFileIsScrubbedToo() throws IOException {
        byte[] located = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        int moov = TestVideos.mp4().length;
        ByteBuffer.wrap(located, moov, 4).putInt(0);

        byte[] scrubbed = scrub(located);

        assertNoLocation(scrubbed);
        assertThat(scrubbed).isEqualTo(freed(located, moov + UDTA_IN_MOOV, moov + MOOV_SIZE));
    }

    @Test
    void theFaststartFixtureLosesOnlyItsUserDataBox() throws IOException {
        byte[] mp4 = TestVideos.mp4();

        byte[] scrubbed = scrub(mp4);

        assertThat(scrubbed).isEqualTo(freed(mp4, TestVideos.MOOV_AT + UDTA_IN_MOOV));
        assertThat(Arrays.copyOfRange(scrubbed, TestVideos.MDAT_AT, mp4.length))
                .isEqualTo(Arrays.copyOfRange(mp4, TestVideos.MDAT_AT, mp4.length));
    }

    @Test
    void aTopLevelUserDataBoxIsZeroedAsItStreams() throws IOException {
        byte[] mp4 = TestVideos.scrubbed();
        byte[] located = TestVideos.concat(mp4, TestVideos.xyzUserData());

        byte[] scrubbed = scrub(located);

        assertNoLocation(scrubbed);
        assertThat(scrubbed).isEqualTo(freed(located, mp4.length));
    }

    @Test
    void anXmpPacketGoesAtTheTopLevelAndInATrackButOtherExtensionsStay() throws IOException {
        byte[] xmp = TestVideos.xmp();
        byte[] inTrack = TestVideos.withMoovLast("moov/trak", xmp);
        byte[] other = TestVideos.uuid("00112233445566778899aabbccddeeff", "not metadata");
        byte[] clean = TestVideos.scrubbed();
        byte[] topLevel = TestVideos.concat(clean, other, xmp);
        int moov = TestVideos.mp4().length;

        assertThat(scrub(inTrack))
                .isEqualTo(freed(inTrack, moov + TRAK_IN_MOOV + TRAK_SIZE, moov + UDTA_IN_MOOV + xmp.length));
        assertThat(scrub(topLevel)).isEqualTo(freed(topLevel, clean.length + other.length));
        assertNoLocation(scrub(topLevel));
        byte[] withOther = TestVideos.concat(clean, other);
        assertThat(scrub(withOther)).isEqualTo(withOther);
        assertThat(Mp4LocationScrubber.needed(topLevel.length, rangesOf(topLevel)))
                .isTrue();
        assertThat(Mp4LocationScrubber.needed(withOther.length, rangesOf(withOther)))
                .isFalse();
    }

    @Test
    void userDataInAMovieFragmentGoesToo() throws IOException {
        byte[] clean = TestVideos.scrubbed();
        byte[] mfhd = TestVideos.box("mfhd", new byte[8]);
        byte[] traf = TestVideos.box("traf", TestVideos.box("tfhd", new byte[8]));
        byte[] udta = TestVideos.xyzUserData();
        byte[] fragmented = TestVideos.concat(
                clean,
                TestVideos.box("moof", TestVideos.concat(mfhd, traf, udta)),
                TestVideos.box("mdat", new byte[9]));
        int udtaAt = clean.length + 8 + mfhd.length + traf.length;

        assertThat(scrub(fragmented)).isEqualTo(freed(fragmented, udtaAt));
        assertThat(Mp4LocationScrubber.needed(fragmented.length, rangesOf(fragmented)))
                .isTrue();
    }

    @Test
    void aScrubbedFileIsLeftAsItIs() throws IOException {
        byte[] clean = TestVideos.scrubbed();

        assertThat(new Mp4LocationScrubber(new ByteArrayInputStream(clean)).readAllBytes())
                .isEqualTo(clean);
    }

    @Test
    void onlyHeadersAndMoovAreReadToDecideWhetherAStoredFileNeedsIt() throws IOException {
        byte[] located = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        byte[] clean = TestVideos.scrubbed();
        long[] read = new long[1];
        Mp4LocationScrubber.Ranges ranges = (offset, length) -> {
            read[0] += length;
            assertThat(offset + length).isLessThanOrEqualTo(located.length);
            return Arrays.copyOfRange(located, (int) offset, (int) offset + length);
        };

        assertThat(Mp4LocationScrubber.needed(located.length, ranges)).isTrue();
        int mdat = TestVideos.mp4().length - TestVideos.MDAT_AT;
        assertThat(read[0]).isLessThan(located.length - mdat);
        assertThat(Mp4LocationScrubber.needed(
                        clean.length,
                        (offset, length) -> Arrays.copyOfRange(clean, (int) offset, (int) offset + length)))
                .isFalse();
        assertThat(Mp4LocationScrubber.needed(
                        located.length - 1,
                        (offset, length) -> Arrays.copyOfRange(located, (int) offset, (int) offset + length)))
                .as("a moov cut short is left to the scrubber to refuse")
                .isTrue();
    }

    @Test
    void aBoxLargerThanItsParentOrAMoovCutShortIsRefusedInVietnamese() {
        byte[] broken = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        int moov = TestVideos.mp4().length;
        ByteBuffer.wrap(broken, moov + TRAK_IN_MOOV, 4).putInt(MOOV_SIZE * 2);
        byte[] cut = TestVideos.withMoovLast("moov", TestVideos.xyzUserData());
        byte[] cutShort = Arrays.copyOf(cut, cut.length - 10);

        Mp4LocationScrubber brokenScrubber = new Mp4LocationScrubber(new ByteArrayInputStream(broken));
        assertThatThrownBy(brokenScrubber::readAllBytes).isInstanceOf(IOException.class);
        assertThat(brokenScrubber.refusal()).startsWith("Tệp MP4 có cấu trúc hỏng");
        Mp4LocationScrubber cutScrubber = new Mp4LocationScrubber(new ByteArrayInputStream(cutShort));
        assertThatThrownBy(cutScrubber::readAllBytes).isInstanceOf(IOException.class);
        assertThat(cutScrubber.refusal()).startsWith("Tệp video bị cắt ngang");
    }

    private static Mp4LocationScrubber.Ranges rangesOf(byte[] file) {
        return (offset, length) -> Arrays.copyOfRange(file, (int) offset, (int) offset + length);
    }

    /** Scrubs, reading in odd-sized chunks so that box boundaries fall inside reads. */
    private static byte[] scrub(byte[] mp4) throws IOException {
        Mp4LocationScrubber scrubber = new Mp4LocationScrubber(new ByteArrayInputStream(mp4));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[7];
        int read;
        while ((read = scrubber.read(chunk, 0, chunk.length)) >= 0) {
            out.write(chunk, 0, read);
        }
        assertThat(scrubber.refusal()).isNull();
        return out.toByteArray();
    }

    /** What scrubbing must give: the boxes at these offsets become free boxes with zeros after their size. */
    private static byte[] freed(byte[] file, int... boxesAt) {
        byte[] expected = file.clone();
        for (int at : boxesAt) {
            long size = Integer.toUnsignedLong(ByteBuffer.wrap(file, at, 4).getInt());
            int header = 8;
            if (size == 1) {
                size = ByteBuffer.wrap(file, at + 8, 8).getLong();
                header = 16;
            } else if (size == 0) {
                size = file.length - at;
            }
            System.arraycopy(ascii("free"), 0, expected, at + 4, 4);
            Arrays.fill(expected, at + header, at + (int) size, (byte) 0);
        }
        return expected;
    }

    private static void assertNoLocation(byte[] scrubbed) {
        assertThat(contains(scrubbed, TestVideos.LOCATION.substring(0, 8))).isFalse();
        assertThat(contains(scrubbed, "\u00a9xyz")).isFalse();
    }

    /** What the scrubber makes of {@code located}, to compare with what storage serves. */
    public static byte[] scrubbed(byte[] located) throws IOException {
        return new Mp4LocationScrubber(new ByteArrayInputStream(located)).readAllBytes();
    }

    public static boolean contains(byte[] content, String text) {
        byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
