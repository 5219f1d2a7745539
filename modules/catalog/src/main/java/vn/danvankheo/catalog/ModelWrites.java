package vn.danvankheo.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountDirectory;
import vn.danvankheo.accounts.Scope;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.accounts.WritePolicy.Action;
import vn.danvankheo.accounts.WritePolicy.ModelPlace;
import vn.danvankheo.places.AdminUnit;

/**
 * Changes made by people: each is checked against the account's role, unit and locality before anything is read
 * for writing, and recorded under the account's name. Runs on the catalog's bounded scheduler.
 */
@Service
public class ModelWrites {

    private final ModelCatalog catalog;
    private final ProgressUpdates updates;
    private final UploadedMedia uploads;
    private final WritePolicy policy;
    private final AccountDirectory accounts;
    private final Scheduler jdbcScheduler;

    ModelWrites(
            ModelCatalog catalog,
            ProgressUpdates updates,
            UploadedMedia uploads,
            WritePolicy policy,
            AccountDirectory accounts,
            CatalogJdbcScheduler jdbcScheduler) {
        this.catalog = catalog;
        this.updates = updates;
        this.uploads = uploads;
        this.policy = policy;
        this.accounts = accounts;
        this.jdbcScheduler = jdbcScheduler.scheduler();
    }

    /** Without a slug, the model gets the first free address its name gives. */
    public Mono<ModelView> register(Account account, NewModel model) {
        return Mono.fromCallable(() -> catalog.register(model, permittedCommune(account, model), editor(account)))
                .subscribeOn(jdbcScheduler);
    }

    /** Every model is checked before any is stored, and all are stored in one transaction or none is. */
    public Mono<List<ModelView>> registerAll(Account account, List<NewModel> models) {
        return Mono.fromCallable(() -> {
                    List<ModelCatalog.Placed> placed = models.stream()
                            .map(model -> new ModelCatalog.Placed(model, permittedCommune(account, model)))
                            .toList();
                    return catalog.registerAll(placed, editor(account));
                })
                .subscribeOn(jdbcScheduler);
    }

    /** Registers and approves at once, for accounts that may do both there (the platform's demo data). */
    public Mono<ModelView> registerPublished(Account account, NewModel model) {
        return Mono.fromCallable(() -> {
                    AdminUnit commune = permittedCommune(account, model);
                    require(
                            account,
                            Action.MODERATE,
                            new ModelPlace(commune.provinceCode(), commune.code(), model.registeringUnitId()),
                            "duyệt công bố mô hình ngoài địa bàn được giao");
                    return catalog.registerPublished(model, commune, editor(account));
                })
                .subscribeOn(jdbcScheduler);
    }

    /** The commune the model declares, once the account may register there and attach its photos. */
    private AdminUnit permittedCommune(Account account, NewModel model) {
        AdminUnit commune = catalog.communeOf(model);
        require(
                account,
                Action.EDIT_MODEL,
                new ModelPlace(commune.provinceCode(), commune.code(), model.registeringUnitId()),
                "đăng ký mô hình cho đơn vị hoặc địa bàn này");
        model.photos().forEach(photo -> requireOwnUpload(account, photo.mediaId()));
        return commune;
    }

    public Mono<ModelView> revise(Account account, UUID id, long basedOn, ModelEdit edit) {
        return guarded(
                account,
                Action.EDIT_MODEL,
                id,
                "sửa mô hình của đơn vị hoặc địa bàn khác",
                () -> catalog.revise(id, basedOn, edit, editor(account)));
    }

    /** Names the model this one replicates, or none, as any other edit of the model. */
    public Mono<ModelView> nameOriginal(Account account, UUID id, long basedOn, UUID original) {
        return guarded(
                account,
                Action.EDIT_MODEL,
                id,
                "sửa mô hình của đơn vị hoặc địa bàn khác",
                () -> catalog.nameOriginal(id, basedOn, original, editor(account)));
    }

    /** Approves the version the moderator reviewed; if it changed meanwhile, nothing is published. */
    public Mono<ModelView> publish(Account account, UUID id, long basedOn) {
        return guarded(
                account,
                Action.MODERATE,
                id,
                "duyệt công bố mô hình ngoài địa bàn được giao",
                () -> catalog.publish(id, basedOn, editor(account)));
    }

    /** The unit sends its model, or its changes to a published model, to the moderators of its locality. */
    public Mono<ModelView> submit(Account account, UUID id, long basedOn) {
        return guarded(
                account,
                Action.EDIT_MODEL,
                id,
                "gửi duyệt mô hình của đơn vị hoặc địa bàn khác",
                () -> catalog.submit(id, basedOn, editor(account)));
    }

    public Mono<ModelView> sendBack(Account account, UUID id, long basedOn, String reason) {
        return guarded(
                account,
                Action.MODERATE,
                id,
                "trả lại mô hình ngoài địa bàn được giao",
                () -> catalog.sendBack(id, basedOn, reason, editor(account)));
    }

    public Mono<ModelView> archive(Account account, UUID id, long basedOn) {
        return guarded(
                account,
                Action.MODERATE,
                id,
                "lưu trữ mô hình ngoài địa bàn được giao",
                () -> catalog.archive(id, basedOn, editor(account)));
    }

    /** A moderator's queue covers their locality; an administrator's covers the country. Others have none. */
    public Mono<ReviewQueue> reviewQueue(Account account) {
        return Mono.fromCallable(() -> {
                    if (!policy.reviews(account)) {
                        throw new NotPermittedException("Chỉ người kiểm duyệt mới có hàng chờ duyệt.");
                    }
                    Scope scope = account.scope();
                    var queue = new ArrayList<>(catalog.awaitingReview(scope.provinceCode(), scope.communeCode()));
                    for (ProgressUpdate update : updates.awaitingReview(scope.provinceCode(), scope.communeCode())) {
                        catalog.find(update.modelId())
                                .ifPresent(model -> queue.add(AwaitingReview.ofUpdate(model, update)));
                    }
                    queue.sort(Comparator.comparing(AwaitingReview::since));
                    return ReviewQueue.of(queue);
                })
                .subscribeOn(jdbcScheduler);
    }

    /** A contributor's unit's models in their locality, for them to follow and send for review. */
    public Mono<List<ModelView>> unitModels(Account account) {
        return Mono.fromCallable(() -> {
                    if (!policy.registersForUnit(account)) {
                        throw new NotPermittedException("Chỉ cộng tác viên của một đơn vị mới có danh sách mô hình.");
                    }
                    return catalog.registeredBy(
                            account.unitId(),
                            account.scope().provinceCode(),
                            account.scope().communeCode());
                })
                .subscribeOn(jdbcScheduler);
    }

    /** The model as it stands now, unapproved changes included, for a moderator of its locality to review. */
    public Mono<ModelView> forReview(Account account, UUID id) {
        return guarded(
                account,
                Action.MODERATE,
                id,
                "xem xét mô hình ngoài địa bàn được giao",
                () -> catalog.find(id).orElseThrow(() -> new ModelNotFoundException(id.toString())));
    }

    /** The model as it stands now, for its own unit to report on or edit. */
    public Mono<ModelView> forEditing(Account account, UUID id) {
        return guarded(
                account,
                Action.EDIT_MODEL,
                id,
                "sửa mô hình của đơn vị hoặc địa bàn khác",
                () -> catalog.find(id).orElseThrow(() -> new ModelNotFoundException(id.toString())));
    }

    /** The model's unit reports progress; the update waits for a moderator of the model's locality. */
    public Mono<ProgressUpdate> writeUpdate(Account account, UUID modelId, ProgressUpdate.NewUpdate update) {
        return guarded(account, Action.EDIT_MODEL, modelId, "cập nhật mô hình của đơn vị hoặc địa bàn khác", () -> {
            update.media().forEach(media -> requireOwnUpload(account, media == null ? null : media.mediaId()));
            return updates.write(modelId, update, editor(account));
        });
    }

    public Mono<ProgressUpdate> publishUpdate(Account account, UUID modelId, UUID updateId, long basedOn) {
        return guarded(
                account,
                Action.MODERATE,
                modelId,
                "duyệt cập nhật ngoài địa bàn được giao",
                () -> updates.publish(modelId, updateId, basedOn, editor(account)));
    }

    public Mono<ProgressUpdate> sendBackUpdate(
            Account account, UUID modelId, UUID updateId, long basedOn, String reason) {
        return guarded(
                account,
                Action.MODERATE,
                modelId,
                "trả lại cập nhật ngoài địa bàn được giao",
                () -> updates.sendBack(modelId, updateId, basedOn, reason, editor(account)));
    }

    /** The whole timeline, pending and sent-back updates included, for those who may act on the model. */
    public Mono<List<ProgressUpdate>> timeline(Account account, UUID modelId) {
        return Mono.fromCallable(() -> {
                    requireAnyAction(account, placeOf(modelId), "xem các cập nhật của mô hình này");
                    return updates.timeline(modelId);
                })
                .subscribeOn(jdbcScheduler);
    }

    /** The trail is for those who may act on the model: its unit, its locality's moderators and committees. */
    public Mono<List<Revision>> history(Account account, UUID id) {
        return Mono.fromCallable(() -> {
                    requireAnyAction(account, placeOf(id), "xem lịch sử của mô hình này");
                    return catalog.history(id);
                })
                .subscribeOn(jdbcScheduler);
    }

    private ModelPlace placeOf(UUID id) {
        ModelView model = catalog.find(id).orElseThrow(() -> new ModelNotFoundException(id.toString()));
        return new ModelPlace(model.locality().provinceCode(), model.place().communeCode(), model.registeringUnitId());
    }

    /** Checks the account may act so on the model, then acts, on the catalog's scheduler. */
    private <T> Mono<T> guarded(Account account, Action action, UUID id, String what, Callable<T> change) {
        return Mono.fromCallable(() -> {
                    require(account, action, placeOf(id), what);
                    return change.call();
                })
                .subscribeOn(jdbcScheduler);
    }

    /**
     * A photo or video is attached only by the account that uploaded it or a colleague of its unit, so no one borrows
     * another unit's media.
     */
    private void requireOwnUpload(Account account, UUID mediaId) {
        if (mediaId == null || policy.isPlatform(account) || uploads.isOwnUpload(mediaId, account.id())) {
            return;
        }
        boolean colleagues = account.unitId() != null
                && accounts.colleagues(account.unitId()).stream()
                        .anyMatch(colleague -> uploads.isOwnUpload(mediaId, colleague.id()));
        if (!colleagues) {
            throw new InvalidModelException("Ảnh hoặc video " + mediaId
                    + " không có trong kho, hoặc không do tài khoản của bạn hay đồng nghiệp cùng đơn vị tải lên.");
        }
    }

    private void requireAnyAction(Account account, ModelPlace place, String what) {
        boolean mayAct = List.of(Action.values()).stream().anyMatch(action -> policy.permits(account, action, place));
        if (!mayAct) {
            throw new NotPermittedException("Tài khoản của bạn không được " + what + ".");
        }
    }

    private void require(Account account, Action action, ModelPlace place, String what) {
        if (!policy.permits(account, action, place)) {
            throw new NotPermittedException(
                    "Tài khoản của bạn (" + account.role().labelVi() + ") không được " + what + ".");
        }
    }

    private static Editor editor(Account account) {
        return new Editor(account.id(), account.displayName());
    }
}
