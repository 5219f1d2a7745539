package vn.danvankheo.media.photos;

import java.text.NumberFormat;
import java.util.Locale;
import vn.danvankheo.media.UnsupportedMediaException;

/**
 * Refuses, from the header alone, pictures that would take too much memory to decode. A decoded pixel costs 3 to 8
 * bytes whatever the file size, so a few kilobytes of PNG can declare gigabytes of pixels (a decompression bomb).
 */
final class PixelLimits {

    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 50_000_000L;
    /** Below this, any file may be sparse: a flat screenshot or a blank page compresses very well. */
    static final long SPARSE_ALLOWED_UP_TO_PIXELS = 20_000_000L;
    /** Real photos and scans stay far below this; only crafted or degenerate files reach it. */
    static final long MAX_PIXELS_PER_BYTE = 1_000;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private PixelLimits() {}

    static void check(int width, int height, long fileBytes) {
        long pixels = (long) width * height;
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new UnsupportedMediaException("Ảnh quá lớn: " + size(width, height) + " điểm ảnh; tối đa "
                    + number(MAX_SIDE) + " điểm ảnh mỗi chiều.");
        }
        if (pixels > MAX_PIXELS) {
            throw new UnsupportedMediaException("Ảnh quá lớn: " + size(width, height) + " điểm ảnh (" + millions(pixels)
                    + " triệu); tối đa " + millions(MAX_PIXELS) + " triệu điểm ảnh.");
        }
        if (pixels > SPARSE_ALLOWED_UP_TO_PIXELS && pixels > fileBytes * MAX_PIXELS_PER_BYTE) {
            throw new UnsupportedMediaException("Tệp ảnh bất thường: khai báo " + size(width, height)
                    + " điểm ảnh nhưng chỉ nặng " + number(fileBytes)
                    + " byte. Ảnh chụp thật không nén được đến mức đó, nên tệp không được nhận.");
        }
    }

    private static String size(int width, int height) {
        return number(width) + " × " + number(height);
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    private static String millions(long pixels) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(pixels / 1_000_000.0);
    }
}
