package vn.danvankheo.recognition.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

    public boolean isCollective() {
        return "COLLECTIVE".equals(ownerKind);
    }
}
