package vn.danvankheo.media.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danvankheo.media.PhotoFacts;
import vn.danvankheo.media.TestImages;

class PhotoRenditionsTests {

    @TempDir
    Path directory;

    @Test
    void aPhotoGetsEachWidthItIsWiderThanAndTheFirstThatHoldsItWhole() {
        assertThat(PhotoRenditions.widthsFor(facts(4000, 3000, 1))).containsExactly(320, 800, 1600);
        assertThat(PhotoRenditions.widthsFor(facts(1600, 1200, 1))).containsExactly(320, 800, 1600);
        assertThat(PhotoRenditions.widthsFor(facts(1000, 750, 1))).containsExactly(320, 800, 1600);
        assertThat(PhotoRenditions.widthsFor(facts(640, 480, 1))).containsExactly(320, 800);
        assertThat(PhotoRenditions.widthsFor(facts(200, 100, 1))).containsExactly(320);
        // Upright, a 640 × 480 photo with orientation 6 is 480 wide.
        assertThat(PhotoRenditions.widthsFor(facts(4000, 480, 6))).containsExactly(320, 800);
    }

    @Test
    void renditionsKeepTheAspectRatioAndAreNeverEnlarged() throws IOException {
        Path png = Files.write(directory.resolve("wide.png"), TestImages.encoded("png", 1000, 500));

        List<PhotoRenditions.Rendition> renditions = PhotoRenditions.of(png, ImageSignature.PNG, facts(1000, 500, 1));

        assertThat(renditions).extracting(PhotoRenditions.Rendition::width).containsExactly(320, 800, 1600);
        assertThat(renditions)
                .extracting(rendition -> size(TestImages.decoded(rendition.jpeg())))
                .containsExactly("320x160", "800x400", "1000x500");
    }

    @Test
    void transparencyBecomesWhiteNotBlack() throws IOException {
        BufferedImage transparent = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        Path png = directory.resolve("transparent.png");
        ImageIO.write(transparent, "png", png.toFile());

        byte[] jpeg = PhotoRenditions.of(png, ImageSignature.PNG, facts(40, 20, 1))
                .get(0)
                .jpeg();

        Color corner = new Color(TestImages.decoded(jpeg).getRGB(0, 0));
        assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).isGreaterThan(3 * 240);
    }

    private static PhotoFacts facts(int width, int height, int orientation) {
        return new PhotoFacts(width, height, orientation, Optional.empty());
    }

    private static String size(BufferedImage image) {
        return image.getWidth() + "x" + image.getHeight();
    }
}
