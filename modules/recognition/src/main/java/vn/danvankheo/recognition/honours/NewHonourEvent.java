package vn.danvankheo.recognition.honours;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** @param heldOn empty for the default day, 15 October of {@code year} */
public record NewHonourEvent(
        String level,
        Integer year,
        LocalDate heldOn,
        String title,
        String provinceCode,
        String communeCode,
        List<UUID> registrationIds) {

    public NewHonourEvent {
        registrationIds = registrationIds == null ? List.of() : List.copyOf(registrationIds);
    }
}
