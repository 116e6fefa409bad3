package nl.buurtkracht.people.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtkracht.area.AreaViews.AddressView;
import nl.buurtkracht.area.Areas;
import nl.buurtkracht.consent.AuditLog;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.people.AreaAccess;
import nl.buurtkracht.people.Registration;
import nl.buurtkracht.people.Registration.AssistedRequest;
import nl.buurtkracht.people.Resident;
import nl.buurtkracht.people.Residents;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A street host or community builder registers a neighbour who has no email, and from then on
 * keeps that neighbour's details and consents up to date on the neighbour's behalf.
 */
@Controller
@RequestMapping("/neighbours")
class NeighboursController {

    /**
     * The registration form as typed; birth year and method stay text so that anything can be shown
     * back. An unticked checkbox is not sent at all, hence the nullable booleans.
     */
    record NeighbourForm(
        @Nullable String displayName,
        @Nullable String postcode,
        @Nullable String houseNumber,
        @Nullable String phone,
        @Nullable String birthYear,
        @Nullable Boolean agreedToRepresentation,
        @Nullable Boolean showNameToStreet,
        @Nullable String method
    ) {
        boolean agreed() {
            return Boolean.TRUE.equals(agreedToRepresentation);
        }

        boolean nameToStreet() {
            return Boolean.TRUE.equals(showNameToStreet);
        }
    }

    /** One change of consent, as the neighbour told it to the representative. */
    record ConsentForm(@Nullable String purpose, @Nullable String granted, @Nullable String method) {}

    /** A neighbour on the list, with the address when there is one. */
    record Helped(Resident resident, @Nullable AddressView address) {}

    /** The only ways a representative can have received consent. */
    static final List<ConsentMethod> METHODS = List.of(ConsentMethod.VERBAL, ConsentMethod.PAPER);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final Registration registration;
    private final Residents residents;
    private final Areas areas;
    private final AreaAccess access;
    private final ConsentLedger consent;
    private final AuditLog audit;
    private final FormErrors formErrors;
    private final Clock clock;

    NeighboursController(
        Registration registration,
        Residents residents,
        Areas areas,
        AreaAccess access,
        ConsentLedger consent,
        AuditLog audit,
        FormErrors formErrors,
        Clock clock
    ) {
        this.registration = registration;
        this.residents = residents;
        this.areas = areas;
        this.access = access;
        this.consent = consent;
        this.audit = audit;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(
            "neighbours",
            residents
                .representedBy(user.accountId())
                .stream()
                .map(r -> new Helped(r, address(r).orElse(null)))
                .toList()
        );
        return "neighbours/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new NeighbourForm(null, null, null, null, null, false, false, null));
        return formPage(user, model);
    }

    @PostMapping
    String register(
        @ModelAttribute("form") NeighbourForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        long id;
        try {
            id = registration.registerAssisted(
                user,
                new AssistedRequest(
                    text(form.displayName()),
                    text(form.postcode()),
                    text(form.houseNumber()),
                    form.phone(),
                    BirthYear.parse(form.birthYear()),
                    form.agreed(),
                    form.nameToStreet(),
                    // Registration refuses ONLINE for a representative, so a missing choice is
                    // reported together with every other field instead of on its own.
                    parse(ConsentMethod.class, form.method()).orElse(ConsentMethod.ONLINE)
                )
            );
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return formPage(user, model);
        } catch (BirthYear.Unreadable e) {
            formErrors.addTo(model, InvalidInput.of("birthYear", "field.birth-year.number"), locale);
            return formPage(user, model);
        } catch (NotPermitted e) {
            // The address is outside the user's streets: say so beside the address, not as a 403.
            formErrors.addTo(model, InvalidInput.of("postcode", e.messageKey()), locale);
            return formPage(user, model);
        }
        return "redirect:/neighbours/" + id + "?registered";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("change", new ConsentForm(null, null, null));
        return profile(user, representedBy(user, id), model);
    }

    /** Records what the neighbour decided about one purpose; a withdrawal counts from the next read on. */
    @PostMapping("/{id}/consents")
    String changeConsent(
        @PathVariable long id,
        @ModelAttribute("change") ConsentForm form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        Resident neighbour = representedBy(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        var purpose = parse(ConsentPurpose.class, form.purpose());
        if (purpose.isEmpty()) {
            problems.add(new FieldProblem("purpose", "neighbours.change.purpose.choose"));
        }
        var granted = parseGranted(form.granted());
        if (granted.isEmpty()) {
            problems.add(new FieldProblem("granted", "neighbours.change.granted.choose"));
        }
        var method = parse(ConsentMethod.class, form.method()).filter(METHODS::contains);
        if (method.isEmpty()) {
            problems.add(new FieldProblem("method", "assisted.method.invalid"));
        }
        if (problems.isEmpty() && !mayRecord(consent.current(id), purpose.get(), granted.get())) {
            problems.add(new FieldProblem("granted", "neighbours.change.act-withdrawn"));
        }
        if (!problems.isEmpty()) {
            formErrors.addTo(model, new InvalidInput(problems), locale);
            return profile(user, neighbour, model);
        }
        consent.record(id, purpose.get(), granted.get(), user.accountId(), true, method.get());
        return "redirect:/neighbours/" + id + "?changed";
    }

    /**
     * Withdrawing is always possible. Granting needs the neighbour's leave to act for them, except
     * granting that leave itself again.
     */
    static boolean mayRecord(Map<ConsentPurpose, Boolean> current, ConsentPurpose purpose, boolean granted) {
        return !granted || purpose == ConsentPurpose.ACT_ON_BEHALF || current.get(ConsentPurpose.ACT_ON_BEHALF);
    }

    /**
     * Only the neighbour's representatives, or an administrator, may see or change their details.
     * Resident ids are sequential, so saying that one does not exist gives nothing away.
     */
    private Resident representedBy(CurrentUser user, long id) {
        Resident neighbour = residents.find(id).orElseThrow(() -> new NotFound("resident " + id));
        if (!user.has(Role.ADMINISTRATOR) && !residents.represents(user.accountId(), id)) {
            throw new NotPermitted("neighbours.not-yours");
        }
        return neighbour;
    }

    private String profile(CurrentUser user, Resident neighbour, Model model) {
        // Logged before anything is read, so a view without an audit row cannot happen.
        audit.sensitiveRead(user, neighbour.id(), "assisted-profile", "/neighbours/" + neighbour.id());
        Map<ConsentPurpose, Boolean> current = consent.current(neighbour.id());
        model.addAttribute("neighbour", neighbour);
        model.addAttribute("address", address(neighbour).orElse(null));
        model.addAttribute("consents", current);
        model.addAttribute("actWithdrawn", !current.get(ConsentPurpose.ACT_ON_BEHALF));
        model.addAttribute("history", consent.history(neighbour.id()));
        model.addAttribute("purposes", Arrays.asList(ConsentPurpose.values()));
        model.addAttribute("methods", METHODS);
        model.addAttribute("when", WHEN.withZone(clock.getZone()));
        return "neighbours/show";
    }

    private String formPage(CurrentUser user, Model model) {
        model.addAttribute("anywhere", user.has(Role.ADMINISTRATOR));
        model.addAttribute("streets", access.streetsForRegistration(user));
        model.addAttribute("methods", METHODS);
        return "neighbours/new";
    }

    private Optional<AddressView> address(Resident resident) {
        return resident.addressId() == null ? Optional.empty() : areas.address(resident.addressId());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String raw) {
        return Arrays.stream(type.getEnumConstants())
            .filter(e -> e.name().equals(raw))
            .findFirst();
    }

    private static Optional<Boolean> parseGranted(@Nullable String raw) {
        return "true".equals(raw) ? Optional.of(true) : "false".equals(raw) ? Optional.of(false) : Optional.empty();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
