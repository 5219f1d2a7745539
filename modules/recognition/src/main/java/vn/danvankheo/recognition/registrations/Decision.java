package vn.danvankheo.recognition.registrations;

import java.time.Instant;
import java.util.UUID;
import vn.danvankheo.recognition.criteria.RecognitionLevel;

/** A level's decision on a registration: exemplary at that level for that year, or not, and why. */
public record Decision(
        UUID registrationId,
        RecognitionLevel level,
        int year,
        boolean recognised,
        String reasons,
        String reference,
        String decidedByName,
        Instant decidedAt) {}
