package vn.danvankheo.recognition.criteria.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvankheo.recognition.criteria.Audience;
import vn.danvankheo.recognition.criteria.CriteriaCatalogue;
import vn.danvankheo.recognition.criteria.CriteriaSet;
import vn.danvankheo.recognition.criteria.InvalidCriteriaRequestException;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/** The criteria sets in force for a level and year, optionally for one audience; data held in memory. */
@RestController
class CriteriaEndpoint {

    private final CriteriaCatalogue catalogue;

    CriteriaEndpoint(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/criteria")
    List<CriteriaSet> inForce(
            @RequestParam String level, @RequestParam int year, @RequestParam(required = false) String audience) {
        RecognitionLevel recognitionLevel = parse(RecognitionLevel.class, level, "Cấp công nhận");
        return audience == null
                ? catalogue.inForce(recognitionLevel, year)
                : catalogue.inForce(recognitionLevel, year, parse(Audience.class, audience, "Đối tượng"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String label) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCriteriaRequestException(label + " \"" + value + "\" không hợp lệ; dùng một trong "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
