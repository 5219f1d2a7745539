package vn.danvankheo.media.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvankheo.media.TestImages;

class ExifFactsTests {

    @TempDir
    Path directory;

    @Test
    void readsOrientationAndGpsFromAJpeg() throws IOException {
        ExifFacts facts = ExifFacts.read(file("gps-orientation-6.jpg"), ImageSignature.JPEG);

        assertThat(facts.orientation()).isEqualTo(6);
        assertThat(facts.gps()).hasValueSatisfying(gps -> {
            assertThat(gps.latitude()).isCloseTo(21.0287, within(1e-4));
            assertThat(gps.longitude()).isCloseTo(105.8524, within(1e-4));
        });
    }

    @Test
    void readsThemFromAPngExifChunkToo() throws IOException {
        ExifFacts facts = ExifFacts.read(file("gps-orientation-6.png"), ImageSignature.PNG);

        assertThat(facts.orientation()).isEqualTo(6);
        assertThat(facts.gps())
                .hasValueSatisfying(gps -> assertThat(gps.latitude()).isCloseTo(21.0287, within(1e-4)));
    }

    @Test
    void aPictureWithoutExifIsUprightWithNoPosition() throws IOException {
        Path plain = Files.write(directory.resolve("plain.jpg"), TestImages.encoded("jpg", 16, 16));

        assertThat(ExifFacts.read(plain, ImageSignature.JPEG)).isEqualTo(ExifFacts.NONE);
    }

    @Test
    void brokenMetadataCountsAsNone() throws IOException {
        Path broken = Files.write(directory.resolve("broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});

        assertThat(ExifFacts.read(broken, ImageSignature.JPEG)).isEqualTo(ExifFacts.NONE);
    }

    private Path file(String name) throws IOException {
        return Files.write(directory.resolve(name), TestImages.resource(name));
    }
}
