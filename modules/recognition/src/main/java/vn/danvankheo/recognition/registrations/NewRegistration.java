package vn.danvankheo.recognition.registrations;

import java.util.List;
import java.util.UUID;

/**
 * @param previousRegistrationId last year's registration of the same model; required for a continuing model
 * @param ownerLeads an individual owner who leads or manages, judged by the leaders' extra criteria
 */
public record NewRegistration(
        UUID campaignId,
        UUID modelId,
        String kind,
        UUID previousRegistrationId,
        List<IndicatorTarget> targets,
        Boolean ownerLeads) {

    public NewRegistration {
        targets = targets == null ? List.of() : targets;
    }
}
