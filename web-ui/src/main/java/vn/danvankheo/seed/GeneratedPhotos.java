package vn.danvankheo.seed;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.imageio.ImageIO;
import vn.danvankheo.media.MediaLibrary;

/**
 * The small photos generated models show: a few tiny JPEGs (coloured fields, like a blurred landscape) stored once per
 * run through the media library, with their renditions, and shared by the models that draw one. Storing a photo per
 * model would make the photos, not the models, the cost of a million-model load.
 */
final class GeneratedPhotos {

    static final int POOL = 12;
    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;

    private GeneratedPhotos() {}

    /** Stores the run's photos; their ids, in the order the generator draws from. */
    static List<UUID> store(MediaLibrary library, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x7F4A7C15L);
        List<UUID> ids = new ArrayList<>(POOL);
        for (int i = 0; i < POOL; i++) {
            byte[] jpeg = jpeg(random);
            ids.add(library.storePhoto(new ByteArrayInputStream(jpeg), jpeg.length)
                    .id());
        }
        return ids;
    }

    private static byte[] jpeg(SplittableRandom random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            float hue = random.nextInt(360) / 360f;
            graphics.setColor(Color.getHSBColor(hue, 0.35f, 0.95f));
            graphics.fillRect(0, 0, WIDTH, HEIGHT / 2);
            graphics.setColor(Color.getHSBColor((hue + 0.3f) % 1, 0.6f, 0.6f));
            graphics.fillRect(0, HEIGHT / 2, WIDTH, HEIGHT / 2);
            for (int i = 0; i < 6; i++) {
                graphics.setColor(Color.getHSBColor(random.nextInt(360) / 360f, 0.5f, 0.8f));
                graphics.fillOval(random.nextInt(WIDTH), HEIGHT / 3 + random.nextInt(HEIGHT / 2), 24, 18);
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
