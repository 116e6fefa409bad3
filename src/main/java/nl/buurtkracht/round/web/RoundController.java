package nl.buurtkracht.round.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.RoundSignals;
import nl.buurtkracht.round.RoundView;
import nl.buurtkracht.round.Rounds;
import nl.buurtkracht.round.RouteView;
import nl.buurtkracht.round.Seemed;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VisitForm;
import nl.buurtkracht.round.Visits;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The round pages: the rounds one runs or helps with, a round's coming days to sign up for, the
 * coordinator's plan of a day with the route cards to print, the volunteer's own list to tick on the
 * phone with a short note after each visit, and the signals that reach the builder or street host.
 */
@Controller
class RoundController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Rounds rounds;
    private final RoundManagement management;
    private final Visits visits;
    private final RoundSignals signals;
    private final RouteCards cards;
    private final MessageSource messages;
    private final FormErrors formErrors;

    RoundController(
        Rounds rounds,
        RoundManagement management,
        Visits visits,
        RoundSignals signals,
        RouteCards cards,
        MessageSource messages,
        FormErrors formErrors
    ) {
        this.rounds = rounds;
        this.management = management;
        this.visits = visits;
        this.signals = signals;
        this.cards = cards;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    @GetMapping("/rounds")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rounds", rounds.list(user));
        model.addAttribute("signals", signals.open(user));
        return "round/list";
    }

    @GetMapping("/rounds/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        RoundView round = rounds.view(user, id);
        model.addAttribute("round", round);
        model.addAttribute("days", rounds.coming(user, id));
        model.addAttribute("dayFormat", DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
        return "round/show";
    }

    @PostMapping("/rounds/{id}/days/{day}/signup")
    String signUp(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user
    ) {
        // On the page one signs up for the round's own hours; the API takes other hours.
        RoundView round = rounds.view(user, id);
        management.signUp(user, id, day, new SignupForm(round.startsAt(), round.endsAt()));
        return "redirect:/rounds/" + id + "?signedUp";
    }

    @GetMapping("/rounds/{id}/days/{day}")
    String day(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        RoundView round = rounds.view(user, id);
        if (!round.coordinator()) {
            return "redirect:/rounds/" + id + "/days/" + day + "/mine";
        }
        model.addAttribute("round", round);
        model.addAttribute("day", day);
        model.addAttribute("dayLabel", DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day));
        RouteView plan = rounds.routes(user, id, day);
        model.addAttribute("plan", plan);
        // Signed-up volunteers have a route before anything is planned; planned means stops were given out.
        model.addAttribute(
            "planned",
            !plan.left().isEmpty() ||
            plan
                .routes()
                .stream()
                .anyMatch(r -> !r.stops().isEmpty())
        );
        return "round/day";
    }

    @PostMapping("/rounds/{id}/days/{day}/plan")
    String plan(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.plan(user, id, day);
            return "redirect:/rounds/" + id + "/days/" + day + "?planned";
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return day(id, day, user, model, locale);
        }
    }

    @GetMapping("/rounds/{id}/days/{day}/cards.pdf")
    ResponseEntity<byte[]> cards(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @RequestParam(name = "volunteer", required = false) @Nullable Long volunteer,
        @AuthenticationPrincipal CurrentUser user,
        Locale locale
    ) {
        RoundView round = rounds.view(user, id);
        RouteView plan = volunteer == null ? rounds.routes(user, id, day) : rounds.route(user, id, day, volunteer);
        String dayLabel = DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day);
        List<RouteCards.Card> printed = plan
            .routes()
            .stream()
            .map(r ->
                new RouteCards.Card(
                    r.volunteerName(),
                    round.name(),
                    dayLabel,
                    r.mode().name(),
                    round.startLabel(),
                    round.startLat(),
                    round.startLon(),
                    round.cardText(),
                    "/rounds/" + id + "/days/" + day + "/mine",
                    r
                        .stops()
                        .stream()
                        .map(s ->
                            new RouteCards.Stop(
                                s.position(),
                                s.arrival() == null ? "" : TIME.format(s.arrival()),
                                s.name(),
                                s.address(),
                                messages.getMessage(
                                    "rounds.window",
                                    new Object[] { TIME.format(s.windowFrom()), TIME.format(s.windowUntil()) },
                                    locale
                                ),
                                s.notes(),
                                s.lat(),
                                s.lon()
                            )
                        )
                        .toList()
                )
            )
            .toList();
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename("routekaarten-" + day + ".pdf").build().toString()
            )
            .body(cards.pdf(printed, locale));
    }

    @GetMapping("/rounds/{id}/days/{day}/mine")
    String mine(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        RoundView round = rounds.view(user, id);
        model.addAttribute("round", round);
        model.addAttribute("day", day);
        model.addAttribute("dayLabel", DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day));
        model.addAttribute("route", user.residentId() == null ? null : rounds.route(user, id, day, user.residentId()));
        model.addAttribute("seemed", Seemed.values());
        return "round/mine";
    }

    @PostMapping("/rounds/{id}/days/{day}/visits")
    String tick(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @RequestParam long recipient,
        @RequestParam String outcome,
        @RequestParam(required = false) @Nullable String seemed,
        @RequestParam(required = false) @Nullable String wish,
        @RequestParam(required = false) @Nullable Boolean needsAttention,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            visits.tick(
                user,
                id,
                day,
                new VisitForm(
                    recipient,
                    outcome,
                    seemed == null ? "" : seemed,
                    wish == null ? "" : wish,
                    Boolean.TRUE.equals(needsAttention)
                )
            );
            return "redirect:/rounds/" + id + "/days/" + day + "/mine?ticked#stop-" + recipient;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            return mine(id, day, user, model, locale);
        }
    }

    @PostMapping("/rounds/signals/{id}/seen")
    String seen(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        signals.seen(user, id);
        return "redirect:/rounds?seen";
    }
}
