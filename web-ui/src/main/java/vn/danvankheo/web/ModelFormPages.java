package vn.danvankheo.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.accounts.WritePolicy;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NotPermittedException;
import vn.danvankheo.catalog.PublishedModels;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.places.coordinates.CoordinateReader;
import vn.danvankheo.places.coordinates.InvalidCoordinateException;

/**
 * A contributor registers a model of their unit with its plan, picking photos they uploaded. The model is saved as a
 * draft; the unit sends it for review from its list when ready.
 */
@Controller
class ModelFormPages {

    static final String NEW_MODEL = UnitPages.UNIT_MODELS + "/moi";
    private static final int PHOTOS_OFFERED = 30;

    private final ModelWrites writes;
    private final PublishedModels models;
    private final WritePolicy policy;
    private final OwnUploads uploads;
    private final CoordinateReader coordinates = new CoordinateReader();

    ModelFormPages(ModelWrites writes, PublishedModels models, WritePolicy policy, OwnUploads uploads) {
        this.writes = writes;
        this.models = models;
        this.policy = policy;
        this.uploads = uploads;
    }

    @GetMapping(NEW_MODEL)
    Mono<String> form(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        var blank = new LinkedMultiValueMap<String, String>();
        if (signedIn.account().scope().communeCode() != null) {
            blank.add("communeCode", signedIn.account().scope().communeCode());
        }
        blank.add("yearStarted", String.valueOf(java.time.Year.now().getValue()));
        return page(signedIn.account(), new ModelForm(blank), null, page, exchange);
    }

    @PostMapping(NEW_MODEL)
    Mono<String> register(@AuthenticationPrincipal AccountPrincipal signedIn, Model page, ServerWebExchange exchange) {
        Account account = signedIn.account();
        return exchange.getFormData().flatMap(values -> {
            ModelForm form = new ModelForm(values);
            // No slug: the catalog gives the address when it registers the model.
            return original(form)
                    .map(original -> form.toNewModel(null, account.unitId(), coordinates, original.orElse(null)))
                    .flatMap(model -> writes.register(account, model))
                    .map(registered -> "redirect:" + UnitPages.UNIT_MODELS + "?xong=dang-ky")
                    .onErrorResume(
                            error -> error instanceof InvalidModelException
                                    || error instanceof InvalidCoordinateException,
                            error -> {
                                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                                return page(account, form, error.getMessage(), page, exchange);
                            })
                    .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange));
        });
    }

    /** The published model the form names as the one replicated, by its address; empty when it names none. */
    private Mono<Optional<UUID>> original(ModelForm form) {
        String slug = form.originalSlug();
        if (slug.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return models.bySlug(slug)
                .map(model -> Optional.of(model.id()))
                .switchIfEmpty(
                        Mono.error(() -> new InvalidModelException("Không tìm thấy mô hình đã công bố có địa chỉ \""
                                + form.value("original") + "\" để ghi là mô hình được nhân rộng.")));
    }

    private Mono<String> page(Account account, ModelForm form, String error, Model page, ServerWebExchange exchange) {
        if (!policy.registersForUnit(account)) {
            return ModerationPages.refused(
                    new NotPermittedException("Chỉ cộng tác viên của một đơn vị mới đăng ký mô hình."), page, exchange);
        }
        return uploads.offeredTo(account, UploadKind.PHOTO, PHOTOS_OFFERED).map(photos -> {
            page.addAttribute("account", account);
            page.addAttribute("form", form);
            page.addAttribute("error", error);
            page.addAttribute("fields", Field.values());
            page.addAttribute("photos", photos);
            page.addAttribute("indicatorRows", List.of(1, 2, 3));
            return "model-form";
        });
    }
}
