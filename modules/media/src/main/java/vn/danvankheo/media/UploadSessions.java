package vn.danvankheo.media;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.danvankheo.media.documents.Documents;
import vn.danvankheo.media.photos.Photos;
import vn.danvankheo.media.storage.MediaObjects;
import vn.danvankheo.media.uploads.MultipartUploads;
import vn.danvankheo.media.uploads.UploadRecords;
import vn.danvankheo.media.videos.Videos;

/**
 * Uploads that go from the browser straight to object storage in parts, through signed URLs: the application never
 * receives the file's bytes, only asks storage what it holds. Storage is the truth about which parts arrived, so a
 * browser resumes after a dropped connection or a reload by asking {@link #status}. The content is checked, by its
 * bytes, once all parts are there; what is refused is deleted. Blocking: call from a bounded scheduler.
 */
@Service
public class UploadSessions {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final int MAX_FILE_NAME = 255;
    private static final int MAX_URLS_PER_REQUEST = 100;
    private static final String BEING_CHECKED = "Tệp đang được kiểm tra; vui lòng đợi ít phút rồi thử lại.";
    private static final String STORAGE_LOST_IT = "Kho lưu trữ không còn giữ lượt tải lên này; hãy tải lại tệp từ đầu.";

    private final UploadRecords records;
    private final MultipartUploads multipart;
    private final MediaObjects objects;
    private final Photos photos;
    private final Videos videos;
    private final Documents documents;
    private final UploadProperties properties;
    private final Clock clock;

    UploadSessions(
            UploadRecords records,
            MultipartUploads multipart,
            MediaObjects objects,
            Photos photos,
            Videos videos,
            Documents documents,
            UploadProperties properties,
            ObjectProvider<Clock> clock) {
        this.records = records;
        this.multipart = multipart;
        this.objects = objects;
        this.photos = photos;
        this.videos = videos;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** As {@link #start(UploadKind, String, long, UUID, UploadAllowance)} with dvk.uploads.default-allowance. */
    public UploadStarted start(UploadKind kind, String fileName, long sizeBytes, UUID startedBy) {
        return start(kind, fileName, sizeBytes, startedBy, properties.defaultAllowance());
    }

    /**
     * Opens a multipart upload in storage for a file of {@code sizeBytes}, refused at once if it is larger than the
     * kind allows or than the account's allowance leaves. {@code startedBy} is the account's id; only it may
     * continue.
     */
    public UploadStarted start(
            UploadKind kind, String fileName, long sizeBytes, UUID startedBy, UploadAllowance allowance) {
        String name = fileName(fileName);
        if (sizeBytes <= 0) {
            throw new UnsupportedMediaException("Tệp rỗng, không có gì để tải lên.");
        }
        long max = properties.maxBytes(kind);
        if (sizeBytes > max) {
            throw new UnsupportedMediaException("Tệp " + kind.labelVi() + " lớn quá " + megabytes(max) + " MB (tệp này "
                    + megabytes(sizeBytes) + " MB).");
        }
        requireAllowance(startedBy, sizeBytes, allowance);
        long partBytes = properties.partSize().toBytes();
        UUID mediaId = UUID.randomUUID();
        var upload = new UploadRecords.Upload(
                UUID.randomUUID(),
                kind,
                name,
                mediaId,
                MediaObjects.key(mediaId),
                null,
                sizeBytes,
                partBytes,
                startedBy,
                clock.instant(),
                UploadState.STARTED,
                null);
        if (upload.partCount() > UploadProperties.MAX_PARTS) {
            throw new UnsupportedMediaException("Tệp quá lớn so với kích thước mỗi phần tải lên.");
        }
        // The row comes first: a multipart upload in storage without a live row is then always an orphan.
        records.insert(upload);
        try {
            String storageUploadId = multipart.create(upload.objectKey(), kind.contentTypeGuess(name));
            records.storageUploadStarted(upload.id(), storageUploadId);
        } catch (RuntimeException e) {
            records.transition(upload.id(), UploadState.STARTED, UploadState.ABORTED, clock.instant(), null);
            throw e;
        }
        return new UploadStarted(upload.id(), partBytes, upload.partCount());
    }

    /** Signed URLs to PUT the given parts straight to storage, keyed by part number. */
    public Map<Integer, String> partUrls(UUID id, Collection<Integer> partNumbers, UUID startedBy) {
        UploadRecords.Upload upload = owned(id, startedBy);
        requireOpen(upload);
        if (partNumbers.isEmpty() || partNumbers.size() > MAX_URLS_PER_REQUEST) {
            throw new InvalidMediaRequestException(
                    "Hãy xin địa chỉ cho từ 1 đến " + MAX_URLS_PER_REQUEST + " phần mỗi lần.");
        }
        int validSeconds = (int) properties.urlValidity().toSeconds();
        Map<Integer, String> urls = new TreeMap<>();
        for (Integer part : partNumbers) {
            if (part == null || part < 1 || part > upload.partCount()) {
                throw new InvalidMediaRequestException(
                        "Phần số " + part + " không có: tệp này có " + upload.partCount() + " phần.");
            }
            urls.put(part, multipart.partUrl(upload.objectKey(), upload.storageUploadId(), part, validSeconds));
        }
        return urls;
    }

    /** The upload's state and the parts storage already holds, to resume from. */
    public UploadStatus status(UUID id, UUID startedBy) {
        UploadRecords.Upload upload = owned(id, startedBy);
        List<Integer> uploaded = List.of();
        if (upload.state() == UploadState.STARTED) {
            try {
                uploaded = completeParts(upload).keySet().stream().sorted().toList();
            } catch (UploadClosedException lost) {
                return status(id, startedBy);
            }
        }
        return new UploadStatus(
                upload.id(),
                upload.kind(),
                upload.state(),
                upload.declaredBytes(),
                upload.partBytes(),
                upload.partCount(),
                uploaded,
                upload.state() == UploadState.COMPLETED ? upload.mediaId() : null,
                upload.rejection());
    }

    /**
     * Assembles the parts and checks the content by its bytes: a photo gets its renditions, a video and a document
     * are recognised by their headers. What is refused is deleted and the reason kept.
     *
     * @throws UploadIncompleteException if storage does not hold every part at its size yet
     * @throws UnsupportedMediaException if the content is not what the site takes
     */
    public CompletedUpload complete(UUID id, UUID startedBy) {
        UploadRecords.Upload upload = owned(id, startedBy);
        if (upload.state() == UploadState.COMPLETING) {
            return resume(upload);
        }
        requireOpen(upload);
        Map<Integer, MultipartUploads.StoredPart> parts = completeParts(upload);
        List<Integer> missing = IntStream.rangeClosed(1, upload.partCount())
                .filter(part -> !parts.containsKey(part))
                .boxed()
                .toList();
        if (!missing.isEmpty()) {
            throw new UploadIncompleteException(
                    "Còn thiếu " + missing.size() + " trên " + upload.partCount() + " phần của tệp; hãy gửi nốt.",
                    missing);
        }
        if (!records.startCheck(id, clock.instant())) {
            throw new UploadBeingCheckedException(BEING_CHECKED);
        }
        return assembleAndCheck(upload, parts);
    }

    /**
     * A check that a storage failure or a restart cut off is done again from where storage is: the parts if they
     * were not assembled yet, else the assembled file. Only one request does it while its lease runs.
     */
    private CompletedUpload resume(UploadRecords.Upload upload) {
        Instant now = clock.instant();
        if (!records.resumeCheck(upload.id(), now, now.minus(properties.checkLease()))) {
            throw new UploadBeingCheckedException(BEING_CHECKED);
        }
        List<MultipartUploads.StoredPart> stored;
        try {
            stored = multipart.parts(upload.objectKey(), upload.storageUploadId());
        } catch (MultipartUploads.NoSuchUpload assembled) {
            if (!objects.isStored(upload.mediaId())) {
                records.transition(upload.id(), UploadState.COMPLETING, UploadState.ABORTED, clock.instant(), null);
                throw new UploadClosedException(STORAGE_LOST_IT);
            }
            return check(upload);
        }
        return assembleAndCheck(upload, bySize(upload, stored));
    }

    private CompletedUpload assembleAndCheck(
            UploadRecords.Upload upload, Map<Integer, MultipartUploads.StoredPart> parts) {
        try {
            multipart.complete(
                    upload.objectKey(),
                    upload.storageUploadId(),
                    parts.values().stream().toList());
        } catch (MultipartUploads.NoSuchUpload gone) {
            records.transition(upload.id(), UploadState.COMPLETING, UploadState.ABORTED, clock.instant(), null);
            throw new UploadClosedException(STORAGE_LOST_IT);
        } catch (RuntimeException e) {
            // Storage did not assemble it: the parts are still there, so completing again later can succeed.
            records.transition(upload.id(), UploadState.COMPLETING, UploadState.STARTED, clock.instant(), null);
            throw e;
        }
        return check(upload);
    }

    private CompletedUpload check(UploadRecords.Upload upload) {
        try {
            CompletedUpload completed = switch (upload.kind()) {
                case PHOTO -> photos.acceptStored(upload.mediaId(), upload.declaredBytes());
                case VIDEO -> videos.acceptStored(upload.mediaId(), upload.declaredBytes());
                case DOCUMENT -> documents.acceptStored(upload.mediaId(), upload.declaredBytes());
            };
            records.transition(upload.id(), UploadState.COMPLETING, UploadState.COMPLETED, clock.instant(), null);
            return completed;
        } catch (UnsupportedMediaException refused) {
            objects.delete(upload.mediaId(), Photos.WIDTHS);
            records.transition(
                    upload.id(), UploadState.COMPLETING, UploadState.REJECTED, clock.instant(), refused.getMessage());
            throw refused;
        } catch (RuntimeException e) {
            // Assembled, not judged: the next completion checks the stored file again, nothing is sent twice.
            records.releaseCheck(upload.id());
            throw e;
        }
    }

    /** Stops an upload and deletes the parts storage holds. Aborting a finished upload changes nothing. */
    public void abort(UUID id, UUID startedBy) {
        UploadRecords.Upload upload = owned(id, startedBy);
        // The row first: no completion can start after this, and if storage is down the orphan sweep finishes it.
        if (records.transition(id, UploadState.STARTED, UploadState.ABORTED, clock.instant(), null)
                && upload.storageUploadId() != null) {
            multipart.abort(upload.objectKey(), upload.storageUploadId());
        }
    }

    /**
     * Aborts uploads left unfinished since before {@code cutoff}, deletes whatever of them storage assembled, and
     * aborts multipart uploads storage holds without a live upload (left by a crash between the two).
     *
     * @return how many uploads were aborted
     */
    int abortAbandoned(Instant cutoff) {
        int aborted = 0;
        for (UploadRecords.Upload upload : records.unfinishedBefore(cutoff)) {
            if (records.transition(upload.id(), upload.state(), UploadState.ABORTED, clock.instant(), null)) {
                if (upload.storageUploadId() != null) {
                    multipart.abort(upload.objectKey(), upload.storageUploadId());
                }
                objects.delete(upload.mediaId(), Photos.WIDTHS);
                aborted++;
            }
        }
        List<MultipartUploads.PendingUpload> pending = multipart.pending(MediaObjects.KEY_PREFIX);
        // Listed before the live keys are read: a row is written before its multipart upload exists, so every
        // listed upload that belongs to a live row finds it.
        Set<String> live = records.liveKeys(cutoff);
        for (MultipartUploads.PendingUpload orphan : pending) {
            boolean old = orphan.initiated() == null || orphan.initiated().isBefore(cutoff);
            if (!live.contains(orphan.key()) && old) {
                multipart.abort(orphan.key(), orphan.uploadId());
                aborted++;
            }
        }
        return aborted;
    }

    /** The parts storage holds at the size they must have, by number; a short or long part must be sent again. */
    private Map<Integer, MultipartUploads.StoredPart> completeParts(UploadRecords.Upload upload) {
        if (upload.storageUploadId() == null) {
            return Map.of();
        }
        List<MultipartUploads.StoredPart> stored;
        try {
            stored = multipart.parts(upload.objectKey(), upload.storageUploadId());
        } catch (MultipartUploads.NoSuchUpload gone) {
            // Lost with storage's data, or aborted behind our back: the parts are gone, the file must be sent anew.
            records.transition(upload.id(), upload.state(), UploadState.ABORTED, clock.instant(), null);
            throw new UploadClosedException(STORAGE_LOST_IT);
        }
        return bySize(upload, stored);
    }

    private static Map<Integer, MultipartUploads.StoredPart> bySize(
            UploadRecords.Upload upload, List<MultipartUploads.StoredPart> stored) {
        return stored.stream()
                .filter(part -> part.number() >= 1 && part.number() <= upload.partCount())
                .filter(part -> part.sizeBytes() == upload.expectedPartBytes(part.number()))
                .collect(Collectors.toMap(
                        MultipartUploads.StoredPart::number, Function.identity(), (a, b) -> b, TreeMap::new));
    }

    /** Uploads started and not yet finished, by anyone: for operators. Blocking. */
    public long inFlight() {
        return records.unfinished();
    }

    /** The accounts' checked files of a kind, newest first: one account's, or those of colleagues of one unit. */
    public List<UploadedFile> completedBy(Collection<UUID> accountIds, UploadKind kind, int limit) {
        return records.completedBy(accountIds, kind, limit).stream()
                .map(upload -> new UploadedFile(upload.mediaId(), upload.kind(), upload.fileName(), upload.startedAt()))
                .toList();
    }

    /** Whether this account uploaded that media and it passed the checks: only then may it attach it. */
    public boolean isCompletedBy(UUID mediaId, UUID accountId) {
        return records.completedBy(mediaId, accountId);
    }

    private UploadRecords.Upload owned(UUID id, UUID startedBy) {
        UploadRecords.Upload upload =
                records.find(id).orElseThrow(() -> new UploadNotFoundException("Không có lượt tải lên " + id + "."));
        if (!upload.startedBy().equals(startedBy)) {
            throw new UploadNotPermittedException(
                    "Lượt tải lên này do tài khoản khác bắt đầu; chỉ tài khoản đó được tiếp tục hoặc huỷ.");
        }
        return upload;
    }

    /**
     * Checked before storage is asked for anything. Two starts racing may both pass; the excess is one upload, and
     * the part URLs of each are still bound to its declared size at completion.
     */
    private void requireAllowance(UUID account, long sizeBytes, UploadAllowance allowance) {
        if (records.unfinishedBy(account) >= allowance.openAtOnce()) {
            throw new UploadQuotaExceededException("Tài khoản đang có " + allowance.openAtOnce()
                    + " lượt tải lên chưa xong; hãy hoàn tất hoặc huỷ bớt rồi thử lại.");
        }
        long today = records.declaredBytesSince(account, clock.instant().minus(java.time.Duration.ofDays(1)));
        if (today + sizeBytes > allowance.bytesPerDay()) {
            throw new UploadQuotaExceededException("Tài khoản đã tải lên " + megabytes(today) + " MB trong 24 giờ qua;"
                    + " mỗi ngày được tối đa " + megabytes(allowance.bytesPerDay()) + " MB. Hãy thử lại sau.");
        }
    }

    private static void requireOpen(UploadRecords.Upload upload) {
        switch (upload.state()) {
            case STARTED -> {}
            case COMPLETING -> throw new UploadBeingCheckedException(BEING_CHECKED);
            case COMPLETED -> throw new UploadClosedException("Tệp này đã tải lên xong.");
            case ABORTED -> throw new UploadClosedException("Lượt tải lên này đã bị huỷ; hãy tải lại tệp từ đầu.");
            case REJECTED -> throw new UploadClosedException("Tệp không được nhận: " + upload.rejection());
        }
    }

    private static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidMediaRequestException("Thiếu tên tệp.");
        }
        // Browsers send a bare name, but some old ones send the whole path; only the last segment is a name.
        String name = fileName.strip().replaceAll(".*[/\\\\]", "");
        if (name.isEmpty() || name.length() > MAX_FILE_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidMediaRequestException("Tên tệp không hợp lệ (tối đa " + MAX_FILE_NAME + " ký tự).");
        }
        return name;
    }

    private static String megabytes(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        return format.format(bytes / (1024.0 * 1024.0));
    }
}
