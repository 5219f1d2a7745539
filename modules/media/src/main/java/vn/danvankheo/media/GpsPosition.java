package vn.danvankheo.media;

/** Where a camera said a photo was taken (WGS 84 degrees, north and east positive). */
public record GpsPosition(double latitude, double longitude) {

    public GpsPosition {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Toạ độ GPS không hợp lệ: " + latitude + ", " + longitude + ".");
        }
    }
}
