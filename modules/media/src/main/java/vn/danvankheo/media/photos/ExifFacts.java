package vn.danvankheo.media.photos;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.danvankheo.media.GpsPosition;

/** The two EXIF facts the platform uses: how to turn the picture upright, and where it was taken. */
record ExifFacts(int orientation, Optional<GpsPosition> gps) {

    static final int UPRIGHT = 1;
    static final ExifFacts NONE = new ExifFacts(UPRIGHT, Optional.empty());

    /**
     * A damaged or missing EXIF block must not cost a contributor their photo: the pixels are checked on their own,
     * so unreadable metadata simply counts as none.
     */
    static ExifFacts read(Path file, ImageSignature signature) {
        try {
            Metadata metadata = signature == ImageSignature.PNG
                    ? PngMetadataReader.readMetadata(file.toFile())
                    // Only the EXIF segment reader: the other segments are not used and need not be parsed.
                    : JpegMetadataReader.readMetadata(file.toFile(), List.of(new ExifReader()));
            return new ExifFacts(orientation(metadata), position(metadata));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return NONE;
        }
    }

    private static int orientation(Metadata metadata) {
        for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                try {
                    int orientation = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
                } catch (MetadataException e) {
                    return UPRIGHT;
                }
            }
        }
        return UPRIGHT;
    }

    private static Optional<GpsPosition> position(Metadata metadata) {
        for (GpsDirectory directory : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation location = directory.getGeoLocation();
            // Cameras without a fix often write 0/0, which is in the Gulf of Guinea, not a real position.
            if (location != null && !location.isZero() && plausible(location)) {
                return Optional.of(new GpsPosition(location.getLatitude(), location.getLongitude()));
            }
        }
        return Optional.empty();
    }

    private static boolean plausible(GeoLocation location) {
        return Math.abs(location.getLatitude()) <= 90 && Math.abs(location.getLongitude()) <= 180;
    }
}
