package vn.danvankheo.media.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExifOrientationTests {

    private static final int MARKED = 0xFF0000;

    /** A 3 × 2 picture marked at its stored top-left pixel; where the mark lands shows the turn. */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 3, 2, 0, 0",
        "2, 3, 2, 2, 0",
        "3, 3, 2, 2, 1",
        "4, 3, 2, 0, 1",
        "5, 2, 3, 0, 0",
        "6, 2, 3, 1, 0",
        "7, 2, 3, 1, 2",
        "8, 2, 3, 0, 2"
    })
    void theStoredTopLeftPixelLandsWhereTheOrientationSays(
            int orientation, int width, int height, int markX, int markY) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, MARKED);

        BufferedImage upright = ExifOrientation.upright(stored, orientation);

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(upright.getRGB(markX, markY) & 0xFFFFFF).isEqualTo(MARKED);
        int marks = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                marks += (upright.getRGB(x, y) & 0xFFFFFF) == MARKED ? 1 : 0;
            }
        }
        assertThat(marks).isOne();
    }

    @Test
    void orientationSixIsAQuarterTurnClockwise() {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                stored.setRGB(x, y, y * 3 + x);
            }
        }

        BufferedImage upright = ExifOrientation.upright(stored, 6);

        // Stored rows 0 1 2 / 3 4 5 read, turned clockwise: 3 0 / 4 1 / 5 2.
        int[][] expected = {{3, 0}, {4, 1}, {5, 2}};
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 2; x++) {
                assertThat(upright.getRGB(x, y) & 0xFFFFFF).isEqualTo(expected[y][x]);
            }
        }
    }
}
