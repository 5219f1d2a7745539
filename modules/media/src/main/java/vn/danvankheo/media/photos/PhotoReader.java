package vn.danvankheo.media.photos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.danvankheo.media.PhotoFacts;
import vn.danvankheo.media.UnsupportedMediaException;

/**
 * Reads a photo in two steps: first only its header, so that {@link PixelLimits} can refuse it before any pixel is
 * decoded, then its pixels. The decoder is chosen by the signature found in the content, never by guessing.
 */
final class PhotoReader {

    private PhotoReader() {}

    static PhotoFacts inspect(Path file, ImageSignature signature, long fileBytes) {
        int width;
        int height;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(signature);
            try {
                reader.setInput(in, true, true);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(signature);
        }
        if (width <= 0 || height <= 0) {
            throw unreadable(signature);
        }
        PixelLimits.check(width, height, fileBytes);
        ExifFacts exif = ExifFacts.read(file, signature);
        return new PhotoFacts(width, height, exif.orientation(), exif.gps());
    }

    /**
     * Decodes every {@code subsampling}-th pixel of every {@code subsampling}-th row: a large photo then never
     * occupies memory at full size when only much smaller renditions are wanted.
     */
    static BufferedImage decode(Path file, ImageSignature signature, int subsampling) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(signature);
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(signature);
        }
    }

    private static ImageReader readerFor(ImageSignature signature) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(signature.name());
        if (!readers.hasNext()) {
            throw new IOException("No decoder for " + signature);
        }
        return readers.next();
    }

    private static UnsupportedMediaException unreadable(ImageSignature signature) {
        return new UnsupportedMediaException("Không đọc được ảnh " + signature.displayName()
                + ": tệp bị hỏng hoặc dùng kiểu mã hoá chưa hỗ trợ (ví dụ CMYK). Hãy lưu lại ảnh ở dạng JPEG hoặc"
                + " PNG thông thường rồi gửi lại.");
    }
}
