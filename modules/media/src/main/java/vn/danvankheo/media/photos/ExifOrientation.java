package vn.danvankheo.media.photos;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Turns pixels upright as the camera's EXIF orientation asks. The renditions carry no EXIF, so a viewer could not
 * do it for them; it is done on the small renditions rather than the full photo to save memory.
 */
final class ExifOrientation {

    private ExifOrientation() {}

    /** @param image an RGB image made by {@link PhotoRenditions}, one int per pixel */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == ExifFacts.UPRIGHT) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean sideways = orientation >= 5;
        int uprightWidth = sideways ? height : width;
        int uprightHeight = sideways ? width : height;
        BufferedImage turned = new BufferedImage(uprightWidth, uprightHeight, BufferedImage.TYPE_INT_RGB);
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Where the stored pixel (x, y) belongs once upright, per the TIFF/EXIF definition of each value.
                int ux;
                int uy;
                switch (orientation) {
                    case 2 -> {
                        ux = width - 1 - x;
                        uy = y;
                    }
                    case 3 -> {
                        ux = width - 1 - x;
                        uy = height - 1 - y;
                    }
                    case 4 -> {
                        ux = x;
                        uy = height - 1 - y;
                    }
                    case 5 -> {
                        ux = y;
                        uy = x;
                    }
                    case 6 -> {
                        ux = height - 1 - y;
                        uy = x;
                    }
                    case 7 -> {
                        ux = height - 1 - y;
                        uy = width - 1 - x;
                    }
                    case 8 -> {
                        ux = y;
                        uy = width - 1 - x;
                    }
                    default -> throw new IllegalArgumentException("EXIF orientation is 1 to 8, not " + orientation);
                }
                to[uy * uprightWidth + ux] = from[y * width + x];
            }
        }
        return turned;
    }
}
