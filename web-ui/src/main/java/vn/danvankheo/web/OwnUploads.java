package vn.danvankheo.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.catalog.UploadedMedia;
import vn.danvankheo.media.MediaScheduler;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.UploadSessions;
import vn.danvankheo.media.UploadedFile;

/**
 * The catalog asks whether media may be attached; the media library's upload records answer. Forms offer the files
 * the account or a colleague of its unit uploaded. The catalog's question is blocking; the forms' offer is not.
 */
@Component
class OwnUploads implements UploadedMedia {

    private final UploadSessions uploads;
    private final AccountDirectory accounts;
    private final MediaScheduler media;

    OwnUploads(UploadSessions uploads, AccountDirectory accounts, MediaScheduler media) {
        this.uploads = uploads;
        this.accounts = accounts;
        this.media = media;
    }

    @Override
    public boolean isOwnUpload(UUID mediaId, UUID accountId) {
        return uploads.isCompletedBy(mediaId, accountId);
    }

    /** Read on the media's bounded scheduler. */
    Mono<List<UploadedFile>> offeredTo(Account account, UploadKind kind, int limit) {
        return Mono.fromCallable(() -> {
                    Set<UUID> uploaders = new LinkedHashSet<>();
                    uploaders.add(account.id());
                    if (account.unitId() != null) {
                        accounts.colleagues(account.unitId()).forEach(colleague -> uploaders.add(colleague.id()));
                    }
                    return uploads.completedBy(uploaders, kind, limit);
                })
                .subscribeOn(media.scheduler());
    }
}
