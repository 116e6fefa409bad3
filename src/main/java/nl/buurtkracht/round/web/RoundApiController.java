package nl.buurtkracht.round.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.round.BakeForm;
import nl.buurtkracht.round.BakerView;
import nl.buurtkracht.round.RecipientForm;
import nl.buurtkracht.round.RecipientView;
import nl.buurtkracht.round.RoundDay;
import nl.buurtkracht.round.RoundForm;
import nl.buurtkracht.round.RoundManagement;
import nl.buurtkracht.round.RoundView;
import nl.buurtkracht.round.Rounds;
import nl.buurtkracht.round.RoutePoint;
import nl.buurtkracht.round.RouteView;
import nl.buurtkracht.round.SignupForm;
import nl.buurtkracht.round.VisitForm;
import nl.buurtkracht.round.VisitNoteView;
import nl.buurtkracht.round.Visits;
import nl.buurtkracht.round.VolunteerForm;
import nl.buurtkracht.round.VolunteerView;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rounds for scripts and other systems, with the same services, rules and reasons as the pages will
 * have. Days are ISO dates, times local to Europe/Amsterdam, a rhythm an RFC 5545 rule that ends
 * ("FREQ=WEEKLY;INTERVAL=2;COUNT=26"). Creating a round, a recipient or a volunteer takes an {@code
 * Idempotency-Key}; a sign-up, a plan and a ticked visit are safe to repeat by themselves.
 */
@RestController
class RoundApiController {

    record RoundBody(
        @Nullable Long initiativeId,
        @Nullable String name,
        @Nullable String cardText,
        @Nullable String firstDay,
        @Nullable String rrule,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable Double startLat,
        @Nullable Double startLon,
        @Nullable String startLabel,
        @Nullable String startPostcode,
        @Nullable String startHouseNumber
    ) {
        RoundForm form() {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new RoundForm(
                initiativeId,
                TypedInput.text(name),
                TypedInput.text(cardText),
                TypedInput.date(firstDay, "firstDay", problems),
                TypedInput.text(rrule),
                TypedInput.time(startsAt, "startsAt", problems),
                TypedInput.time(endsAt, "endsAt", problems),
                startLat,
                startLon,
                TypedInput.text(startLabel),
                TypedInput.text(startPostcode),
                TypedInput.text(startHouseNumber)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return form;
        }
    }

    record RecipientBody(
        @Nullable Long residentId,
        @Nullable String windowFrom,
        @Nullable String windowUntil,
        @Nullable String notes,
        @Nullable String consentMethod
    ) {
        RecipientForm form() {
            List<FieldProblem> problems = new ArrayList<>();
            ConsentMethod method = null;
            String m = TypedInput.text(consentMethod);
            if (!m.isEmpty()) {
                method = Arrays.stream(ConsentMethod.values())
                    .filter(c -> c.name().equals(m))
                    .findFirst()
                    .orElse(null);
                if (method == null) {
                    problems.add(new FieldProblem("consentMethod", "rounds.choice.unknown"));
                }
            }
            var form = new RecipientForm(
                residentId,
                TypedInput.time(windowFrom, "windowFrom", problems),
                TypedInput.time(windowUntil, "windowUntil", problems),
                TypedInput.text(notes),
                method
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return form;
        }
    }

    /** A volunteer; start and end are HOME (the default), ROUND_START or ADDRESS with postcode and number. */
    record VolunteerBody(
        @Nullable Long residentId,
        @Nullable String mode,
        @Nullable Integer maxStops,
        @Nullable String startPoint,
        @Nullable String startPostcode,
        @Nullable String startHouseNumber,
        @Nullable String endPoint,
        @Nullable String endPostcode,
        @Nullable String endHouseNumber
    ) {
        VolunteerForm form() {
            return new VolunteerForm(
                residentId,
                TypedInput.text(mode),
                maxStops,
                point(startPoint, startPostcode, startHouseNumber),
                point(endPoint, endPostcode, endHouseNumber)
            );
        }

        private static RoutePoint point(
            @Nullable String point,
            @Nullable String postcode,
            @Nullable String houseNumber
        ) {
            String kind = TypedInput.text(point);
            return new RoutePoint(
                kind.isEmpty() ? RoutePoint.Kind.HOME.name() : kind,
                TypedInput.text(postcode),
                TypedInput.text(houseNumber)
            );
        }
    }

    /** "I bake for this day": how many pieces and what. */
    record BakeBody(@Nullable Integer pieces, @Nullable String what) {
        BakeForm form() {
            return new BakeForm(pieces, TypedInput.text(what));
        }
    }

    record SignupBody(@Nullable String availableFrom, @Nullable String availableUntil) {
        SignupForm form() {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new SignupForm(
                TypedInput.time(availableFrom, "availableFrom", problems),
                TypedInput.time(availableUntil, "availableUntil", problems)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return form;
        }
    }

    /** Moves a stop by hand to a volunteer and position; the rest is planned again around it. */
    record MoveBody(
        @Nullable Long recipientResidentId,
        @Nullable Long volunteerResidentId,
        @Nullable Integer position
    ) {}

    record VisitBody(
        @Nullable Long recipientResidentId,
        @Nullable String outcome,
        @Nullable String seemed,
        @Nullable String wish,
        @Nullable Boolean needsAttention
    ) {
        VisitForm form() {
            return new VisitForm(
                recipientResidentId,
                TypedInput.text(outcome),
                TypedInput.text(seemed),
                TypedInput.text(wish),
                Boolean.TRUE.equals(needsAttention)
            );
        }
    }

    /** What was created, by id. */
    record Created(long id) {}

    private final Rounds rounds;
    private final RoundManagement management;
    private final Visits visits;

    RoundApiController(Rounds rounds, RoundManagement management, Visits visits) {
        this.rounds = rounds;
        this.management = management;
        this.visits = visits;
    }

    @GetMapping("/api/v1/rounds")
    List<RoundView> list(@AuthenticationPrincipal CurrentUser user) {
        return rounds.list(user);
    }

    @PostMapping(path = "/api/v1/rounds", consumes = "application/json")
    ResponseEntity<RoundView> create(
        @RequestBody RoundBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long id = management.create(user, body.form(), key);
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + id)).body(rounds.view(user, id));
    }

    @GetMapping("/api/v1/rounds/{id}")
    RoundView view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.view(user, id);
    }

    @GetMapping("/api/v1/rounds/{id}/occurrences")
    List<RoundDay> occurrences(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.coming(user, id);
    }

    @GetMapping("/api/v1/rounds/{id}/recipients")
    List<RecipientView> recipients(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.recipients(user, id);
    }

    @PostMapping(path = "/api/v1/rounds/{id}/recipients", consumes = "application/json")
    ResponseEntity<Created> addRecipient(
        @PathVariable long id,
        @RequestBody RecipientBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long created = management.addRecipient(user, id, body.form(), key);
        return ResponseEntity.status(201).body(new Created(created));
    }

    @PostMapping("/api/v1/rounds/{id}/recipients/{residentId}/remove")
    ResponseEntity<Void> removeRecipient(
        @PathVariable long id,
        @PathVariable long residentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.removeRecipient(user, id, residentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/rounds/{id}/volunteers")
    List<VolunteerView> volunteers(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return rounds.volunteers(user, id);
    }

    @GetMapping("/api/v1/rounds/{id}/recipients/{residentId}/notes")
    List<VisitNoteView> notes(
        @PathVariable long id,
        @PathVariable long residentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return visits.notes(user, id, residentId);
    }

    @PostMapping(path = "/api/v1/rounds/{id}/volunteers", consumes = "application/json")
    ResponseEntity<Created> addVolunteer(
        @PathVariable long id,
        @RequestBody VolunteerBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long created = management.addVolunteer(user, id, body.form(), key);
        return ResponseEntity.status(201).body(new Created(created));
    }

    @PostMapping("/api/v1/rounds/{id}/volunteers/{residentId}/remove")
    ResponseEntity<Void> removeVolunteer(
        @PathVariable long id,
        @PathVariable long residentId,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.removeVolunteer(user, id, residentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/rounds/{id}/occurrences/{date}/signups", consumes = "application/json")
    ResponseEntity<Void> signUp(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @RequestBody SignupBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.signUp(user, id, date, body.form());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/rounds/{id}/occurrences/{date}/bakes")
    List<BakerView> bakers(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return rounds.bakers(user, id, date);
    }

    @PostMapping(path = "/api/v1/rounds/{id}/occurrences/{date}/bakes", consumes = "application/json")
    ResponseEntity<Void> bake(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @RequestBody BakeBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.bake(user, id, date, body.form());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/rounds/{id}/occurrences/{date}/bakes/remove")
    ResponseEntity<Void> unbake(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.unbake(user, id, date);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/rounds/{id}/occurrences/{date}/plan")
    RouteView plan(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @AuthenticationPrincipal CurrentUser user
    ) {
        management.plan(user, id, date);
        return rounds.routes(user, id, date);
    }

    @PostMapping(path = "/api/v1/rounds/{id}/occurrences/{date}/moves", consumes = "application/json")
    RouteView move(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @RequestBody MoveBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.recipientResidentId() == null) {
            problems.add(new FieldProblem("recipientResidentId", "rounds.recipient.required"));
        }
        if (body.volunteerResidentId() == null) {
            problems.add(new FieldProblem("volunteerResidentId", "rounds.volunteer.required"));
        }
        if (body.position() == null) {
            problems.add(new FieldProblem("position", "rounds.position.range", 1, RoundManagement.MOST_POSITION));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        management.moveStop(user, id, date, body.recipientResidentId(), body.volunteerResidentId(), body.position());
        return rounds.routes(user, id, date);
    }

    @GetMapping("/api/v1/rounds/{id}/occurrences/{date}/routes")
    RouteView routes(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @RequestParam(required = false) @Nullable Long volunteer,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return volunteer == null ? rounds.routes(user, id, date) : rounds.route(user, id, date, volunteer);
    }

    @PostMapping(path = "/api/v1/rounds/{id}/occurrences/{date}/visits", consumes = "application/json")
    ResponseEntity<Void> visit(
        @PathVariable long id,
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @RequestBody VisitBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        visits.tick(user, id, date, body.form());
        return ResponseEntity.noContent().build();
    }
}
