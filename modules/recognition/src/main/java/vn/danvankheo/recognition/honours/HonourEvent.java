package vn.danvankheo.recognition.honours;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/** A level's honouring ceremony and the models it honours. */
public record HonourEvent(
        UUID id,
        RecognitionLevel level,
        int year,
        LocalDate heldOn,
        String title,
        String provinceCode,
        String communeCode,
        List<HonouredModel> honoured) {

    public HonourEvent {
        honoured = List.copyOf(honoured);
    }

    public record HonouredModel(UUID registrationId, UUID modelId, String modelName, String unitName) {}
}
