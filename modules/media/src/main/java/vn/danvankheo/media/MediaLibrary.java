package vn.danvankheo.media;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.danvankheo.media.photos.Photos;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.media.videos.Videos;

/**
 * What the public may see of the media, streamed back from object storage (a photo's renditions, a video's stored
 * bytes), and the one store path that does not go through an upload: the platform's own demo photos. Owners keep
 * only the id. Reads never block; {@link #storePhoto} does.
 */
@Service
public class MediaLibrary {

    /** The widths, in pixels, at which photos are served; ascending. */
    public static final List<Integer> RENDITION_WIDTHS = Photos.WIDTHS;

    private final Photos photos;
    private final Videos videos;
    private final MediaObjects objects;

    MediaLibrary(Photos photos, Videos videos, MediaObjects objects) {
        this.photos = photos;
        this.videos = videos;
        this.objects = objects;
    }

    /**
     * Stores a JPEG or PNG photo whose size is known in advance, with its renditions; nothing is stored unless it is
     * accepted. Blocking: call it from background work or a bounded scheduler.
     */
    public StoredMedia storePhoto(InputStream content, long sizeBytes) {
        return photos.store(content, sizeBytes);
    }

    /** Removes what is stored under {@code id}: the original and any renditions. Blocking. */
    public void delete(UUID id) {
        objects.delete(id, Photos.WIDTHS);
    }

    /** The photo as the public sees it: its largest rendition. The original is never served. */
    public Mono<MediaContent> open(UUID id) {
        return photos.open(id);
    }

    /**
     * The rendition at most {@code width} wide; a photo narrower than that comes at its own width.
     *
     * @throws InvalidMediaRequestException if {@code width} is not one of {@link #RENDITION_WIDTHS}
     */
    public Mono<MediaContent> open(UUID id, int width) {
        return photos.open(id, width);
    }

    /**
     * A stored video, ready to be served in ranges; a photo's original is never served through here.
     *
     * @return empty when nothing is stored under {@code id}, or what is stored is not a video
     */
    public Mono<VideoContent> openVideo(UUID id) {
        return videos.open(id);
    }

    /** {@code length} bytes of a stored video from {@code offset}; only those bytes are fetched from storage. */
    public Flux<DataBuffer> read(VideoContent video, long offset, long length) {
        return videos.read(video, offset, length);
    }
}
