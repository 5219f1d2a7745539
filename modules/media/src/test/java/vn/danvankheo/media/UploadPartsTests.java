package vn.danvankheo.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.danvankheo.media.documents.DocumentType;
import vn.danvankheo.media.uploads.UploadRecords;

class UploadPartsTests {

    private static final long MIB = 1024 * 1024;

    @Test
    void everyPartIsFullSizeButTheLastWhichHoldsTheRest() {
        UploadRecords.Upload upload = upload(2 * 16 * MIB + 5);

        assertThat(upload.partCount()).isEqualTo(3);
        assertThat(upload.expectedPartBytes(1)).isEqualTo(16 * MIB);
        assertThat(upload.expectedPartBytes(2)).isEqualTo(16 * MIB);
        assertThat(upload.expectedPartBytes(3)).isEqualTo(5);
    }

    @Test
    void aFileOfExactlyWholePartsHasNoEmptyLastPart() {
        UploadRecords.Upload upload = upload(2 * 16 * MIB);

        assertThat(upload.partCount()).isEqualTo(2);
        assertThat(upload.expectedPartBytes(2)).isEqualTo(16 * MIB);
    }

    @Test
    void aTwoGigabyteVideoTakes128PartsOf16Mib() {
        assertThat(upload(2L * 1024 * MIB).partCount()).isEqualTo(128);
    }

    @Test
    void partsSmallerThanS3AllowsAreRefusedAtStartUp() {
        assertThatThrownBy(() ->
                        new UploadProperties(null, null, null, DataSize.ofMegabytes(4), null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 5MB");
    }

    @Test
    void sizeLimitsMayBeLoweredButNotRaisedAboveWhatTheContentChecksHold() {
        var lowered = new UploadProperties(DataSize.ofMegabytes(10), null, null, null, null, null, null, null, null);

        assertThat(lowered.maxBytes(UploadKind.PHOTO)).isEqualTo(10 * MIB);
        assertThat(lowered.maxBytes(UploadKind.VIDEO)).isEqualTo(2L * 1024 * MIB);
        assertThatThrownBy(() ->
                        new UploadProperties(null, DataSize.ofGigabytes(3), null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dvk.uploads.max-video-size is more than 0 and at most 2147483648 bytes");
    }

    @Test
    void theTypeGuessedFromANameIsOnlyALabelUntilTheContentIsChecked() {
        assertThat(UploadKind.PHOTO.contentTypeGuess("ẢNH.PNG")).isEqualTo("image/png");
        assertThat(UploadKind.PHOTO.contentTypeGuess("anh")).isEqualTo("image/jpeg");
        assertThat(UploadKind.VIDEO.contentTypeGuess("clip.webm")).isEqualTo("video/webm");
        assertThat(UploadKind.DOCUMENT.contentTypeGuess("so-lieu.xlsx")).isEqualTo(DocumentType.XLSX.contentType());
    }

    private static UploadRecords.Upload upload(long size) {
        return new UploadRecords.Upload(
                UUID.randomUUID(),
                UploadKind.VIDEO,
                "video.mp4",
                UUID.randomUUID(),
                "media/x",
                "u",
                size,
                16 * MIB,
                UUID.randomUUID(),
                Instant.now(),
                UploadState.STARTED,
                null);
    }
}
