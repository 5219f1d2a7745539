package vn.danvankheo.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.accounts.WritePolicy.Action;
import vn.danvankheo.accounts.WritePolicy.ModelPlace;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.places.UnitLevel;

/**
 * Changes made by people: each is checked against the account's role, unit and locality before anything is read
 * for writing, and recorded under the account's name. Runs on the catalog's bounded scheduler.
 */
@Service
public class ModelWrites {

    private final ModelCatalog catalog;
    private final WritePolicy policy;
    private final AdminUnits units;
    private final Scheduler jdbcScheduler;

    ModelWrites(ModelCatalog catalog, WritePolicy policy, AdminUnits units, CatalogJdbcScheduler jdbcScheduler) {
        this.catalog = catalog;
        this.policy = policy;
        this.units = units;
        this.jdbcScheduler = jdbcScheduler.scheduler();
    }

    public Mono<ModelView> register(Account account, NewModel model) {
        return Mono.fromCallable(() -> {
                    requireRegistration(account, model);
                    return catalog.register(model, editor(account));
                })
                .subscribeOn(jdbcScheduler);
    }

    /** Every model is checked before any is stored, and all are stored in one transaction or none is. */
    public Mono<List<ModelView>> registerAll(Account account, List<NewModel> models) {
        return Mono.fromCallable(() -> {
                    models.forEach(model -> requireRegistration(account, model));
                    return catalog.registerAll(models, editor(account));
                })
                .subscribeOn(jdbcScheduler);
    }

    private void requireRegistration(Account account, NewModel model) {
        AdminUnit commune = units.current(model.location().communeCode())
                .filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .orElseThrow(() -> new InvalidModelException(
                        "Mã xã, phường, đặc khu \"" + model.location().communeCode() + "\" không có trong danh mục."));
        require(
                account,
                Action.EDIT_MODEL,
                new ModelPlace(commune.provinceCode(), commune.code(), model.registeringUnit()),
                "đăng ký mô hình cho đơn vị hoặc địa bàn này");
    }

    public Mono<ModelView> revise(Account account, UUID id, long basedOn, ModelEdit edit) {
        return Mono.fromCallable(() -> {
                    require(account, Action.EDIT_MODEL, placeOf(id), "sửa mô hình của đơn vị hoặc địa bàn khác");
                    return catalog.revise(id, basedOn, edit, editor(account));
                })
                .subscribeOn(jdbcScheduler);
    }

    /** Approves the version the moderator reviewed; if it changed meanwhile, nothing is published. */
    public Mono<ModelView> publish(Account account, UUID id, long basedOn) {
        return Mono.fromCallable(() -> {
                    require(account, Action.MODERATE, placeOf(id), "duyệt công bố mô hình ngoài địa bàn được giao");
                    return catalog.publish(id, basedOn, editor(account));
                })
                .subscribeOn(jdbcScheduler);
    }

    /** The trail is for those who may act on the model: its unit, its locality's moderators and committees. */
    public Mono<List<Revision>> history(Account account, UUID id) {
        return Mono.fromCallable(() -> {
                    ModelPlace place = placeOf(id);
                    boolean mayAct = List.of(Action.values()).stream()
                            .anyMatch(action -> policy.permits(account, action, place));
                    if (!mayAct) {
                        throw new NotPermittedException("Tài khoản của bạn không được xem lịch sử của mô hình này.");
                    }
                    return catalog.history(id);
                })
                .subscribeOn(jdbcScheduler);
    }

    private ModelPlace placeOf(UUID id) {
        ModelView model = catalog.find(id).orElseThrow(() -> new ModelNotFoundException(id.toString()));
        return new ModelPlace(model.provinceCode(), model.communeCode(), model.registeringUnit());
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
