package vn.danvankheo.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import vn.danvankheo.accounts.Account;
import vn.danvankheo.accounts.AccountPrincipal;
import vn.danvankheo.catalog.InvalidModelException;
import vn.danvankheo.catalog.ModelNotFoundException;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.catalog.ModelWrites;
import vn.danvankheo.catalog.NotPermittedException;
import vn.danvankheo.catalog.ProgressUpdate;
import vn.danvankheo.media.UploadKind;
import vn.danvankheo.media.UploadedFile;

/**
 * A unit reports progress on one of its models: what was done, the values its plan's indicators reached, and photos
 * and videos it uploaded. The update waits for a moderator like everything else.
 */
@Controller
class UpdateFormPages {

    private static final String UPDATE_FORM = UnitPages.UNIT_MODELS + "/{id}/cap-nhat";
    private static final int MEDIA_OFFERED = 30;

    private final ModelWrites writes;
    private final OwnUploads uploads;

    UpdateFormPages(ModelWrites writes, OwnUploads uploads) {
        this.writes = writes;
        this.uploads = uploads;
    }

    @GetMapping(UPDATE_FORM)
    Mono<String> form(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        return page(signedIn.account(), id, new LinkedMultiValueMap<>(), null, page, exchange);
    }

    @PostMapping(UPDATE_FORM)
    Mono<String> write(
            @AuthenticationPrincipal AccountPrincipal signedIn,
            @PathVariable UUID id,
            Model page,
            ServerWebExchange exchange) {
        Account account = signedIn.account();
        return exchange.getFormData()
                .flatMap(values -> writes.forEditing(account, id)
                        .map(model -> update(values, model))
                        .flatMap(update -> writes.writeUpdate(account, id, update))
                        .map(written -> "redirect:" + UnitPages.UNIT_MODELS + "?xong=cap-nhat")
                        .onErrorResume(InvalidModelException.class, e -> {
                            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                            return page(account, id, values, e.getMessage(), page, exchange);
                        })
                        .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange)));
    }

    private Mono<String> page(
            Account account,
            UUID id,
            MultiValueMap<String, String> values,
            String error,
            Model page,
            ServerWebExchange exchange) {
        return writes.forEditing(account, id)
                .zipWith(ownMedia(account))
                .map(found -> {
                    page.addAttribute("model", found.getT1());
                    page.addAttribute("indicators", IndicatorField.of(found.getT1()));
                    page.addAttribute("media", found.getT2());
                    page.addAttribute("form", new ModelForm(values));
                    page.addAttribute("error", error);
                    return "update-form";
                })
                .onErrorResume(NotPermittedException.class, e -> ModerationPages.refused(e, page, exchange))
                .onErrorResume(ModelNotFoundException.class, e -> {
                    exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
                    page.addAttribute("slug", id.toString());
                    return Mono.just("model-not-found");
                });
    }

    private Mono<List<UploadedFile>> ownMedia(Account account) {
        return uploads.offeredTo(account, UploadKind.PHOTO, MEDIA_OFFERED)
                .zipWith(uploads.offeredTo(account, UploadKind.VIDEO, MEDIA_OFFERED), (photos, videos) -> {
                    List<UploadedFile> media = new ArrayList<>(photos);
                    media.addAll(videos);
                    return media;
                });
    }

    /** Indicator fields are named by their position in the plan, so names with any characters stay intact. */
    private static ProgressUpdate.NewUpdate update(MultiValueMap<String, String> values, ModelView model) {
        var form = new ModelForm(values);
        List<ProgressUpdate.IndicatorValue> reached = new ArrayList<>();
        for (IndicatorField field : IndicatorField.of(model)) {
            BigDecimal value = form.number(field.inputName(), field.indicator());
            if (value != null) {
                reached.add(new ProgressUpdate.IndicatorValue(field.indicator(), value));
            }
        }
        List<ProgressUpdate.UpdateMedia> media = new ArrayList<>();
        for (String chosen : values.getOrDefault("media", List.of())) {
            String[] kindAndId = chosen.split(":", 2);
            try {
                media.add(new ProgressUpdate.UpdateMedia(
                        UUID.fromString(kindAndId[1]),
                        ProgressUpdate.UpdateMedia.Kind.valueOf(kindAndId[0]),
                        null,
                        null));
            } catch (RuntimeException e) {
                throw new InvalidModelException("Ảnh, video đã chọn không hợp lệ; hãy tải lại trang.");
            }
        }
        return new ProgressUpdate.NewUpdate(form.value("body"), reached, media);
    }
}
