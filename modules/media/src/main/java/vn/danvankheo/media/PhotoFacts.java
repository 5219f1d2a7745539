package vn.danvankheo.media;

import java.util.Optional;

/**
 * What a photo's file says about itself. Width and height are the pixels as stored; the camera's EXIF orientation
 * (1–8) tells how to turn them upright. The GPS position is only an offer to the contributor, who confirms the
 * model's location.
 */
public record PhotoFacts(int width, int height, int orientation, Optional<GpsPosition> gps) {

    public PhotoFacts {
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation is 1 to 8, not " + orientation);
        }
    }

    /** Orientations 5 to 8 turn the picture a quarter, so its upright width is its stored height. */
    public boolean turnsSideways() {
        return orientation >= 5;
    }

    public int uprightWidth() {
        return turnsSideways() ? height : width;
    }

    public int uprightHeight() {
        return turnsSideways() ? width : height;
    }
}
