package vn.danvankheo.demo;

import java.time.LocalDate;
import java.util.List;
import vn.danvankheo.recognition.registrations.IndicatorTarget;

/**
 * A demo model entered in a demo campaign, launched and self-assessed by the demo contributor, so the demo committee
 * of its locality finds it waiting for their scores. {@code model} is a slug of models.json.
 */
record DemoRegistration(
        String model,
        List<IndicatorTarget> targets,
        LocalDate launchedOn,
        String launchNote,
        int selfScore,
        String summary) {}
