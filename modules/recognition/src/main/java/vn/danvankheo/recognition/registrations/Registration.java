package vn.danvankheo.recognition.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.danvankheo.catalog.ModelView;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/**
 * A model registered for one campaign, and how far it has come. {@code currentLevel} rises when the model is
 * nominated; {@code round} starts again, so the next level's evaluators score afresh.
 */
public record Registration(
        UUID id,
        UUID campaignId,
        int year,
        UUID modelId,
        String modelName,
        String ownerName,
        String ownerKind,
        boolean ownerLeads,
        String field,
        UUID unitId,
        String unitName,
        String provinceCode,
        String communeCode,
        RegistrationKind kind,
        UUID previousRegistrationId,
        List<IndicatorTarget> targets,
        boolean late,
        LocalDate launchedOn,
        String launchNote,
        RegistrationStatus status,
        RecognitionLevel currentLevel,
        int round,
        String returnedReason,
        Instant registeredAt) {

    public Registration {
        targets = List.copyOf(targets);
    }

    /**
     * The model as its unit registers it for the campaign on {@code day}: its name, owner, field, unit and place as the
     * catalog has them now, at the campaign's level, waiting for its first step.
     */
    static Registration registered(
            Campaign campaign,
            ModelView model,
            RegistrationKind kind,
            UUID previousRegistrationId,
            List<IndicatorTarget> targets,
            boolean ownerLeads,
            LocalDate day,
            Instant at) {
        return new Registration(
                UUID.randomUUID(),
                campaign.id(),
                campaign.year(),
                model.id(),
                model.profile().name(),
                model.profile().ownerName(),
                model.profile().ownerKind().name(),
                ownerLeads,
                model.profile().field().name(),
                model.registeringUnitId(),
                model.registeringUnit(),
                model.locality().provinceCode(),
                model.place().communeCode(),
                kind,
                previousRegistrationId,
                targets,
                campaign.isLate(day),
                null,
                null,
                RegistrationStatus.REGISTERED,
                campaign.level(),
                0,
                null,
                at);
    }

    public boolean isCollective() {
        return "COLLECTIVE".equals(ownerKind);
    }
}
