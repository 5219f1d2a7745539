package vn.danvankheo.recognition.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.RegistrationKind;

/**
 * Where a campaign stands against its targets: the 100% target unit by unit, with the units still missing a model
 * named, nominations sent up, models by field and by commune, recognitions by level and year, late units.
 */
public record CampaignProgress(
        Campaign campaign,
        List<Registration> registrations,
        Map<UUID, List<Decision>> decisions,
        List<String> unitsWithModel,
        List<String> unitsMissingModel,
        int percentWithModel,
        long nominated,
        Map<String, Long> byField,
        Map<String, Long> byCommune,
        Map<String, String> communeNames,
        Map<String, Long> recognitionsByLevelAndYear,
        List<String> lateUnits) {

    public boolean unitTargetMet() {
        return percentWithModel >= campaign.targets().unitsWithModelPercent();
    }

    public boolean nominationTargetMet() {
        return nominated >= campaign.targets().nominations();
    }

    /** The subordinate units in the campaign's order, then any other unit that registered, each with its figures. */
    public List<UnitFigures> unitFigures() {
        Map<UUID, String> names = new LinkedHashMap<>();
        campaign.subordinateUnits().forEach(unit -> names.put(unit.id(), unit.name()));
        registrations.forEach(registration -> names.putIfAbsent(registration.unitId(), registration.unitName()));
        List<UnitFigures> figures = new ArrayList<>();
        names.forEach((unitId, name) -> {
            List<Registration> own = registrations.stream()
                    .filter(registration -> unitId.equals(registration.unitId()))
                    .toList();
            figures.add(new UnitFigures(
                    unitId,
                    name,
                    own.size(),
                    own.stream()
                            .filter(registration -> registration.kind() == RegistrationKind.NEW)
                            .count(),
                    own.stream()
                            .filter(registration -> registration.kind() == RegistrationKind.CONTINUING)
                            .count(),
                    own.stream()
                            .filter(registration -> decisions.getOrDefault(registration.id(), List.of()).stream()
                                    .anyMatch(Decision::recognised))
                            .count(),
                    own.stream()
                            .filter(registration -> registration.currentLevel() != campaign.level())
                            .count(),
                    own.stream().anyMatch(Registration::late)));
        });
        return figures;
    }
}
