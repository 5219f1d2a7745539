package vn.danvankheo.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Real encoded images, made by the JDK's own encoders, so the bytes are what a camera or editor would produce. */
public final class TestImages {

    private TestImages() {}

    /**
     * A valid PNG whose header declares {@code width} × {@code height} but whose data holds a few bytes: what a
     * decompression bomb looks like before it is decoded.
     */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] compressed = new byte[128];
        int length = deflater.deflate(compressed);
        deflater.end();
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A real small JPEG whose SOF0 header is patched to declare another size; the pixels stay 64 × 48. */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = encoded("jpg", 64, 48);
        for (int i = 2; i < jpeg.length - 9; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // Marker, 2 bytes length, 1 byte precision, then height and width, big-endian.
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("The JDK's JPEG encoder wrote no SOF0 marker");
    }

    public static byte[] resource(String name) {
        try (var in = TestImages.class.getResourceAsStream("/photos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test photo " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage decoded(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] encoded(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xB7, 0x1C, 0x1C));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.YELLOW);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        try (var out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No encoder for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
