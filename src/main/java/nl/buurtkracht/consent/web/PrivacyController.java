package nl.buurtkracht.consent.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentLedger.ConsentEntry;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A resident sees and changes her own consents, what she decided before and who read her data, so
 * that she stays in control of what the platform does with it (R17).
 */
@Controller
class PrivacyController {

    /**
     * The submitted choices: {@code shown} names every purpose that was a checkbox on the page,
     * {@code purposes} the ones left ticked (a browser sends nothing for an unticked box).
     */
    record PrivacyForm(@Nullable List<String> shown, @Nullable List<String> purposes) {}

    /** One purpose on the form; {@code editable} is false for a consent the resident cannot grant herself. */
    record Choice(ConsentPurpose purpose, boolean granted, boolean editable) {}

    /** One decision in the history, with who recorded it as the resident should read it. */
    record HistoryRow(
        ConsentPurpose purpose,
        boolean granted,
        Instant recordedAt,
        String when,
        boolean byYou,
        @Nullable String recorderName,
        boolean onBehalf,
        ConsentMethod method
    ) {}

    /** One read of the resident's data by someone else. */
    record ReadRow(Instant readAt, String when, String readerName, String dataKind, String context) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(
        ZoneId.of("Europe/Amsterdam")
    );

    private final ConsentLedger ledger;
    private final AuditLog auditLog;
    private final FormErrors formErrors;

    PrivacyController(ConsentLedger ledger, AuditLog auditLog, FormErrors formErrors) {
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.formErrors = formErrors;
    }

    @GetMapping("/settings/privacy")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/settings/privacy")
    String save(
        @AuthenticationPrincipal CurrentUser user,
        @ModelAttribute("form") PrivacyForm form,
        Model model,
        Locale locale
    ) {
        Long residentId = user.residentId();
        if (residentId == null) {
            return page(user, model);
        }
        Set<ConsentPurpose> shown;
        Set<ConsentPurpose> ticked;
        try {
            shown = parse(form.shown());
            ticked = parse(form.purposes());
        } catch (InvalidInput e) {
            // A stale or tampered form: change nothing rather than guess what was meant.
            formErrors.addTo(model, e, locale);
            return page(user, model);
        }
        Map<ConsentPurpose, Boolean> current = ledger.current(residentId);
        for (ConsentPurpose purpose : shown) {
            boolean wanted = ticked.contains(purpose);
            boolean grantingOnBehalf = purpose == ConsentPurpose.ACT_ON_BEHALF && wanted;
            // Acting on behalf is agreed with a named representative, so here it can only be withdrawn.
            if (wanted != current.getOrDefault(purpose, false) && !grantingOnBehalf) {
                ledger.record(residentId, purpose, wanted, user.accountId(), false, ConsentMethod.ONLINE);
            }
        }
        model.addAttribute("saved", true);
        return page(user, model);
    }

    private static Set<ConsentPurpose> parse(@Nullable List<String> names) {
        Set<ConsentPurpose> result = EnumSet.noneOf(ConsentPurpose.class);
        for (String name : names == null ? List.<String>of() : names) {
            ConsentPurpose purpose = Arrays.stream(ConsentPurpose.values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> InvalidInput.of("purposes", "settings.privacy.purposes.unknown"));
            result.add(purpose);
        }
        return result;
    }

    private String page(CurrentUser user, Model model) {
        Long residentId = user.residentId();
        if (residentId == null) {
            model.addAttribute("noResident", true);
            return "settings/privacy";
        }
        List<Choice> choices = new ArrayList<>();
        ledger
            .current(residentId)
            .forEach((purpose, granted) ->
                choices.add(new Choice(purpose, granted, purpose != ConsentPurpose.ACT_ON_BEHALF || granted))
            );
        model.addAttribute("choices", choices);
        model.addAttribute(
            "history",
            ledger
                .history(residentId)
                .stream()
                .map(e -> historyRow(e, user))
                .toList()
        );
        model.addAttribute(
            "reads",
            auditLog
                .readsOf(residentId)
                .stream()
                .map(r -> new ReadRow(r.readAt(), WHEN.format(r.readAt()), r.readerName(), r.dataKind(), r.context()))
                .toList()
        );
        return "settings/privacy";
    }

    private static HistoryRow historyRow(ConsentEntry entry, CurrentUser user) {
        Long recorder = entry.recordedByAccountId();
        // Joining records the first choice before the account exists, so no recorder means herself.
        boolean byYou = recorder == null ? !entry.onBehalf() : recorder == user.accountId();
        return new HistoryRow(
            entry.purpose(),
            entry.granted(),
            entry.recordedAt(),
            WHEN.format(entry.recordedAt()),
            byYou,
            entry.recordedByName(),
            entry.onBehalf(),
            entry.method()
        );
    }
}
