package nl.buurtkracht.round.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.round.BakerView;
import nl.buurtkracht.round.RecipientView;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.RoundSignals;
import nl.buurtkracht.round.RoundView;
import nl.buurtkracht.round.Rounds;
import nl.buurtkracht.round.RouteView;
import nl.buurtkracht.round.Seemed;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VisitForm;
import nl.buurtkracht.round.Visits;
import nl.buurtkracht.round.web.RoundPageForms.BakePage;
import nl.buurtkracht.round.web.RoundPageForms.MovePage;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.FormErrors;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.TypedInput;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The round pages: the rounds one runs or helps with, a round's coming days to walk along or bake
 * for, the coordinator's plan of a day with who bakes, stops moved by hand and the route cards to
 * print, the volunteer's own list to tick on the phone with a short note after each visit, and the
 * signals that reach the builder or street host.
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
    private final Initiatives initiatives;

    RoundController(
        Rounds rounds,
        RoundManagement management,
        Visits visits,
        RoundSignals signals,
        RouteCards cards,
        MessageSource messages,
        FormErrors formErrors,
        Initiatives initiatives
    ) {
        this.initiatives = initiatives;
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
        Long home = user.scope().homeNeighbourhoodId();
        model.addAttribute("mayStart", !initiatives.actableBy(user, home == null ? 0 : home).isEmpty());
        return "round/list";
    }

    @GetMapping("/rounds/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        RoundView round = rounds.view(user, id);
        model.addAttribute("round", round);
        model.addAttribute("days", rounds.coming(user, id));
        model.addAttribute("mayBake", rounds.mayBake(user, id));
        model.addAttribute("volunteer", rounds.walksAlong(user, id));
        model.addAttribute("dayFormat", DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
        return "round/show";
    }

    /** "Ik bak mee": a neighbour brings pieces for a day; bad input shows the round again with the field named. */
    @PostMapping("/rounds/{id}/days/{day}/bakes")
    String bake(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @ModelAttribute BakePage form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        try {
            management.bake(user, id, day, form.read());
            return "redirect:/rounds/" + id + "?baking#day-" + day;
        } catch (InvalidInput e) {
            formErrors.addTo(model, e, locale);
            model.addAttribute("failedDay", day);
            model.addAttribute("bake", form);
            return show(id, user, model, locale);
        }
    }

    @PostMapping("/rounds/{id}/days/{day}/bakes/remove")
    String unbake(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.unbake(user, id, day);
        return "redirect:/rounds/" + id + "?notBaking#day-" + day;
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
        List<BakerView> bakers = rounds.bakers(user, id, day);
        model.addAttribute("bakers", bakers);
        model.addAttribute("bakedPieces", bakers.stream().mapToInt(BakerView::pieces).sum());
        model.addAttribute(
            "recipientCount",
            rounds.recipients(user, id).stream().filter(RecipientView::active).count()
        );
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

    /** The page to move one stop by hand: to which volunteer of the day, as which stop. */
    @GetMapping("/rounds/{id}/days/{day}/move")
    String moveForm(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @RequestParam long recipient,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        model.addAttribute("form", new MovePage(Long.toString(recipient), null, "1"));
        return movePage(id, day, recipient, user, model, locale);
    }

    @PostMapping("/rounds/{id}/days/{day}/moves")
    String move(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @ModelAttribute("form") MovePage form,
        @AuthenticationPrincipal CurrentUser user,
        Model model,
        Locale locale
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        Long recipient = TypedInput.id(form.recipient(), "recipientResidentId", problems);
        Long volunteer = TypedInput.id(form.volunteer(), "volunteer", problems);
        Integer position = TypedInput.signedWhole(form.position(), "position", problems);
        if (recipient == null) {
            problems.add(new FieldProblem("recipientResidentId", "rounds.recipient.required"));
        }
        if (volunteer == null && problems.stream().noneMatch(p -> p.field().equals("volunteer"))) {
            problems.add(new FieldProblem("volunteer", "rounds.volunteer.required"));
        }
        if (position == null && problems.stream().noneMatch(p -> p.field().equals("position"))) {
            problems.add(new FieldProblem("position", "rounds.position.range", 1, RoundManagement.MOST_POSITION));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            int at = management.moveStop(user, id, day, recipient, volunteer, position);
            return "redirect:/rounds/" + id + "/days/" + day + "?moved=" + at + "#route-" + volunteer;
        } catch (InvalidInput e) {
            // The service names the volunteer "volunteerResidentId", as the API does; the page calls it "volunteer".
            formErrors.addTo(
                model,
                new InvalidInput(
                    e
                        .problems()
                        .stream()
                        .map(p ->
                            p.field().equals("volunteerResidentId")
                                ? new FieldProblem("volunteer", p.messageKey(), p.arguments())
                                : p
                        )
                        .toList()
                ),
                locale
            );
            if (recipient == null) {
                return day(id, day, user, model, locale);
            }
            return movePage(id, day, recipient, user, model, locale);
        }
    }

    private String movePage(long id, LocalDate day, long recipient, CurrentUser user, Model model, Locale locale) {
        RoundView round = rounds.view(user, id);
        if (!round.coordinator()) {
            throw new NotPermitted("rounds.round.not-yours");
        }
        RouteView plan = rounds.routes(user, id, day);
        RecipientView who = rounds
            .recipients(user, id)
            .stream()
            .filter(r -> r.residentId() == recipient && r.active())
            .findFirst()
            .orElseThrow(() -> new NotFound("rounds.recipient.not-found"));
        model.addAttribute("round", round);
        model.addAttribute("day", day);
        model.addAttribute("dayLabel", DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day));
        model.addAttribute("who", who);
        model.addAttribute("plan", plan);
        model.addAttribute("mostPosition", RoundManagement.MOST_POSITION);
        for (RouteView.Route r : plan.routes()) {
            for (RouteView.Stop s : r.stops()) {
                if (s.recipientResidentId() == recipient) {
                    model.addAttribute("now", r);
                    model.addAttribute("nowPosition", s.position());
                }
            }
        }
        return "round/move";
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
