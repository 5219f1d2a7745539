package vn.danvankheo.media.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.danvankheo.media.PhotoFacts;

/**
 * The JPEG copies of a photo that the public receives: upright, at most {@link #WIDTHS} wide, and encoded afresh,
 * so that none of the original's metadata (GPS, camera serial, editing history) leaves the platform.
 */
final class PhotoRenditions {

    /** Ascending. A photo narrower than a width is kept at its own width there, never enlarged. */
    static final List<Integer> WIDTHS = List.of(320, 800, 1600);

    private static final float JPEG_QUALITY = 0.85f;

    record Rendition(int width, byte[] jpeg) {}

    private PhotoRenditions() {}

    /** The widths a photo gets: each one it is wider than, and the first one it fits in whole. */
    static List<Integer> widthsFor(PhotoFacts facts) {
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            widths.add(width);
            if (width >= facts.uprightWidth()) {
                break;
            }
        }
        return widths;
    }

    static List<Rendition> of(Path file, ImageSignature signature, PhotoFacts facts) {
        List<Integer> widths = widthsFor(facts);
        int largest = widths.get(widths.size() - 1);
        // Decode at least twice the largest width, so the final scaling still averages over real pixels.
        int subsampling = Math.max(1, facts.uprightWidth() / (2 * largest));
        BufferedImage source = PhotoReader.decode(file, signature, subsampling);
        List<Rendition> renditions = new ArrayList<>();
        // Largest first, each smaller one scaled from the previous: the full decoded photo is needed only once.
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            int uprightWidth = Math.min(width, facts.uprightWidth());
            int uprightHeight =
                    Math.max(1, (int) Math.round((double) facts.uprightHeight() * uprightWidth / facts.uprightWidth()));
            source = facts.turnsSideways()
                    ? scaled(source, uprightHeight, uprightWidth)
                    : scaled(source, uprightWidth, uprightHeight);
            renditions.add(new Rendition(width, jpeg(ExifOrientation.upright(source, facts.orientation()))));
        }
        Collections.reverse(renditions);
        return List.copyOf(renditions);
    }

    /**
     * Halves with bilinear filtering until within a factor of two, then one bicubic step: a single large bicubic
     * step would skip pixels and alias. Drawing on white also flattens PNG transparency, which JPEG cannot keep.
     */
    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        do {
            int nextWidth = Math.max(width, current.getWidth() / 2);
            int nextHeight = Math.max(height, current.getHeight() / 2);
            boolean last = nextWidth == width && nextHeight == height;
            current = drawn(
                    current,
                    nextWidth,
                    nextHeight,
                    last ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        } while (current.getWidth() != width || current.getHeight() != height);
        return current;
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Written with no metadata object at all, so the file holds only the JFIF header and the pixels. */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding to memory cannot fail for want of space", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
