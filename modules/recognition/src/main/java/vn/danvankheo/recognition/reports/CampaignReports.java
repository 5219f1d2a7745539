package vn.danvankheo.recognition.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.danvankheo.accounts.Unit;
import vn.danvankheo.catalog.Field;
import vn.danvankheo.places.AdminUnit;
import vn.danvankheo.places.AdminUnits;
import vn.danvankheo.recognition.campaigns.Campaign;
import vn.danvankheo.recognition.campaigns.Campaigns;
import vn.danvankheo.recognition.registrations.Decision;
import vn.danvankheo.recognition.registrations.Decisions;
import vn.danvankheo.recognition.registrations.Registration;
import vn.danvankheo.recognition.registrations.Registrations;

/** Figures for a campaign's dashboard and annexes, read from the workflow's own records. Blocking. */
@Service
public class CampaignReports {

    private final Campaigns campaigns;
    private final Registrations registrations;
    private final Decisions decisions;
    private final AdminUnits units;
    private final Clock clock;

    CampaignReports(
            Campaigns campaigns, Registrations registrations, Decisions decisions, AdminUnits units, Clock clock) {
        this.campaigns = campaigns;
        this.registrations = registrations;
        this.decisions = decisions;
        this.units = units;
        this.clock = clock;
    }

    public CampaignProgress progress(UUID campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        List<Registration> registered = registrations.ofCampaign(campaignId);
        Map<UUID, List<Decision>> decided = new HashMap<>();
        registered.forEach(registration -> decided.put(registration.id(), decisions.of(registration.id())));
        Set<UUID> registeringUnits =
                registered.stream().map(Registration::unitId).collect(Collectors.toSet());
        List<String> withModel = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Unit unit : campaign.subordinateUnits()) {
            (registeringUnits.contains(unit.id()) ? withModel : missing).add(unit.name());
        }
        int percent = campaign.subordinateUnits().isEmpty()
                ? 100
                : (int) Math.floor(
                        100.0 * withModel.size() / campaign.subordinateUnits().size());
        // A nominated registration stands above the campaign's level, whatever the higher level decided since.
        long nominated = registered.stream()
                .filter(registration -> registration.currentLevel() != campaign.level())
                .count();
        Map<String, Long> byField = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            byField.put(
                    FieldLabels.of(field),
                    registered.stream()
                            .filter(registration -> registration.field().equals(field.name()))
                            .count());
        }
        Map<String, Long> byCommune = new TreeMap<>(registered.stream()
                .collect(Collectors.groupingBy(
                        registration -> communeName(registration.communeCode()), Collectors.counting())));
        Map<String, String> communeNames = new HashMap<>();
        registered.forEach(
                registration -> communeNames.put(registration.communeCode(), communeName(registration.communeCode())));
        Map<String, Long> recognitions = new TreeMap<>(decided.values().stream()
                .flatMap(List::stream)
                .filter(Decision::recognised)
                .collect(Collectors.groupingBy(
                        decision -> decision.level().labelVi() + " " + decision.year(), Collectors.counting())));
        return new CampaignProgress(
                campaign,
                registered,
                decided,
                withModel,
                missing,
                percent,
                nominated,
                byField,
                byCommune,
                communeNames,
                recognitions,
                lateUnits(campaign, registered, missing));
    }

    /** Units that registered late, and, once the registration deadline has passed, those that have not at all. */
    private List<String> lateUnits(Campaign campaign, List<Registration> registered, List<String> missing) {
        List<String> late = registered.stream()
                .filter(Registration::late)
                .map(Registration::unitName)
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        if (campaign.isLate(LocalDate.now(clock))) {
            late.addAll(missing);
        }
        return late;
    }

    private String communeName(String code) {
        return units.current(code).map(AdminUnit::fullName).orElse(code);
    }
}
