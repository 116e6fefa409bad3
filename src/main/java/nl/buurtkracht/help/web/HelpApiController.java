package nl.buurtkracht.help.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.help.AcceptForm;
import nl.buurtkracht.help.ArrangementView;
import nl.buurtkracht.help.Arrangements;
import nl.buurtkracht.help.AskForm;
import nl.buurtkracht.help.AskView;
import nl.buurtkracht.help.Asks;
import nl.buurtkracht.help.CandidateView;
import nl.buurtkracht.help.ClaimOutcome;
import nl.buurtkracht.help.HelpManagement;
import nl.buurtkracht.help.OfferForm;
import nl.buurtkracht.help.OfferView;
import nl.buurtkracht.help.Offers;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.TypedInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Help for scripts and other systems, with the same services, rules and reasons as the pages. Days
 * are ISO dates, times local to Europe/Amsterdam, a rhythm an RFC 5545 rule that ends
 * ("FREQ=WEEKLY;COUNT=12"). Creating an ask or offer and accepting an offer take an {@code
 * Idempotency-Key}; a claim is safe to repeat by itself. A claim that another helper won answers 409
 * with a kind message and other asks nearby.
 */
@RestController
class HelpApiController {

    /** An ask as JSON; kinds and choices by name (see the OpenAPI document). */
    record AskBody(
        @Nullable String kind,
        @Nullable String description,
        @Nullable String day,
        @Nullable String start,
        @Nullable Integer minutes,
        @Nullable String rrule,
        @Nullable String location,
        @Nullable String urgency,
        @Nullable String reach,
        @Nullable Boolean ageBridging,
        @Nullable Long forResidentId,
        @Nullable String channel,
        @Nullable String consentMethod
    ) {
        AskForm form() {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new AskForm(
                TypedInput.text(kind),
                TypedInput.text(description),
                TypedInput.date(day, "day", problems),
                TypedInput.time(start, "start", problems),
                minutes,
                TypedInput.text(rrule),
                TypedInput.text(location),
                urgency == null ? "WHENEVER" : urgency,
                reach == null ? "STREET" : reach,
                Boolean.TRUE.equals(ageBridging),
                forResidentId,
                channel == null ? "ONLINE" : channel,
                method(consentMethod, problems)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return form;
        }
    }

    record OfferBody(
        @Nullable String kind,
        @Nullable String description,
        @Nullable List<String> availability,
        @Nullable String reach
    ) {
        OfferForm form() {
            return new OfferForm(
                TypedInput.text(kind),
                TypedInput.text(description),
                availability == null ? List.of() : availability,
                reach == null ? "STREET" : reach
            );
        }
    }

    record AcceptBody(
        @Nullable String day,
        @Nullable String start,
        @Nullable String rrule,
        @Nullable String message,
        @Nullable Long forResidentId,
        @Nullable String consentMethod
    ) {
        AcceptForm form() {
            List<FieldProblem> problems = new ArrayList<>();
            var form = new AcceptForm(
                TypedInput.date(day, "day", problems),
                TypedInput.time(start, "start", problems),
                TypedInput.text(rrule),
                TypedInput.text(message),
                forResidentId,
                method(consentMethod, problems)
            );
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return form;
        }
    }

    /** Whom to invite: chosen helpers, or {@code best} to let Buurtkracht invite the best few. */
    record InviteBody(@Nullable List<Long> helperIds, @Nullable Boolean best) {}

    record FeedbackBody(@Nullable String feeling, @Nullable String note) {}

    /** The reader's asks, the asks they help with, and open asks nearby they could answer. */
    record AskLists(List<AskView> mine, List<AskView> helping, List<AskView> openNearby) {}

    /** The reader's own offers and neighbours' offers meant for them. */
    record OfferLists(List<OfferView> mine, List<OfferView> forMe) {}

    /** A candidate helper with the reasons in the reader's language. */
    record CandidateBody(
        long residentId,
        String name,
        long offerId,
        String offerKind,
        int score,
        int walkingMinutes,
        List<String> reasons,
        @Nullable String invitation
    ) {}

    /** The outcome of a claim, with a message to show when another helper was just ahead. */
    record ClaimBody(
        boolean won,
        long askId,
        @Nullable Long arrangementId,
        @Nullable String message,
        List<AskView> otherAsks
    ) {}

    private final Asks asks;
    private final Offers offers;
    private final Arrangements arrangements;
    private final HelpManagement management;
    private final MessageSource messages;

    HelpApiController(
        Asks asks,
        Offers offers,
        Arrangements arrangements,
        HelpManagement management,
        MessageSource messages
    ) {
        this.asks = asks;
        this.offers = offers;
        this.arrangements = arrangements;
        this.management = management;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/asks", consumes = "application/json")
    ResponseEntity<AskView> ask(
        @RequestBody AskBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long id = management.ask(user, body.form(), key);
        return ResponseEntity.created(URI.create("/api/v1/asks/" + id)).body(asks.view(user, id));
    }

    @GetMapping("/api/v1/asks")
    AskLists asks(@AuthenticationPrincipal CurrentUser user) {
        return new AskLists(asks.mine(user), asks.helping(user), asks.openNear(user, 50));
    }

    @GetMapping("/api/v1/asks/{id}")
    AskView ask(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return asks.view(user, id);
    }

    @GetMapping("/api/v1/asks/{id}/candidates")
    List<CandidateBody> candidates(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        return asks
            .candidates(user, id, 10)
            .stream()
            .map(c -> candidate(c, locale))
            .toList();
    }

    @PostMapping("/api/v1/asks/{id}/claims")
    ResponseEntity<ClaimBody> claim(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        ClaimOutcome outcome = management.claim(user, id);
        if (outcome.won()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(
                new ClaimBody(true, id, outcome.arrangementId(), null, List.of())
            );
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(
            new ClaimBody(false, id, null, messages.getMessage("help.claim.taken", null, locale), outcome.otherAsks())
        );
    }

    @PostMapping(path = "/api/v1/asks/{id}/invitations", consumes = "application/json")
    List<Long> invite(@PathVariable long id, @RequestBody InviteBody body, @AuthenticationPrincipal CurrentUser user) {
        if (Boolean.TRUE.equals(body.best())) {
            return management.inviteBest(user, id);
        }
        return management.invite(user, id, body.helperIds() == null ? List.of() : body.helperIds());
    }

    @PostMapping("/api/v1/asks/{id}/decline")
    ResponseEntity<Void> decline(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.decline(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/asks/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        management.withdraw(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/offers", consumes = "application/json")
    ResponseEntity<OfferView> offer(
        @RequestBody OfferBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        long id = management.offer(user, body.form(), key);
        return ResponseEntity.created(URI.create("/api/v1/offers/" + id)).body(offers.view(user, id));
    }

    @GetMapping("/api/v1/offers")
    OfferLists offers(@AuthenticationPrincipal CurrentUser user) {
        return new OfferLists(offers.mine(user), offers.forMe(user, 100));
    }

    @GetMapping("/api/v1/offers/{id}")
    OfferView offer(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return offers.view(user, id);
    }

    @PostMapping(path = "/api/v1/offers/{id}/accept", consumes = "application/json")
    ResponseEntity<ClaimBody> accept(
        @PathVariable long id,
        @RequestBody AcceptBody body,
        @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
        @AuthenticationPrincipal CurrentUser user
    ) {
        ClaimOutcome outcome = management.acceptOffer(user, id, body.form(), key);
        return ResponseEntity.created(URI.create("/api/v1/asks/" + outcome.askId())).body(
            new ClaimBody(true, outcome.askId(), outcome.arrangementId(), null, List.of())
        );
    }

    @GetMapping("/api/v1/arrangements")
    List<ArrangementView> arrangements(@AuthenticationPrincipal CurrentUser user) {
        return arrangements.of(user);
    }

    @GetMapping("/api/v1/arrangements/{id}")
    ArrangementView arrangement(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return arrangements.view(user, id);
    }

    @PostMapping("/api/v1/arrangements/{id}/occurrences/{date}/confirm")
    ArrangementView confirm(
        @PathVariable long id,
        @PathVariable String date,
        @AuthenticationPrincipal CurrentUser user
    ) {
        return arrangements.answer(user, id, day(date), "MET");
    }

    @PostMapping("/api/v1/arrangements/{id}/occurrences/{date}/skip")
    ArrangementView skip(@PathVariable long id, @PathVariable String date, @AuthenticationPrincipal CurrentUser user) {
        return arrangements.answer(user, id, day(date), "SKIPPED");
    }

    @PostMapping(path = "/api/v1/arrangements/{id}/feedback", consumes = "application/json")
    ResponseEntity<Void> feedback(
        @PathVariable long id,
        @RequestBody FeedbackBody body,
        @AuthenticationPrincipal CurrentUser user
    ) {
        arrangements.feedback(user, id, TypedInput.text(body.feeling()), TypedInput.text(body.note()));
        return ResponseEntity.noContent().build();
    }

    private CandidateBody candidate(CandidateView c, Locale locale) {
        return new CandidateBody(
            c.residentId(),
            c.name(),
            c.offerId(),
            c.offerKind().name(),
            c.score(),
            c.walkingMinutes(),
            c
                .reasons()
                .stream()
                .map(r -> messages.getMessage(r.key(), r.args(), locale))
                .toList(),
            c.invitation()
        );
    }

    private static java.time.LocalDate day(String date) {
        List<FieldProblem> problems = new ArrayList<>();
        java.time.LocalDate day = TypedInput.date(date, "date", problems);
        if (day == null) {
            throw new InvalidInput(
                problems.isEmpty() ? List.of(new FieldProblem("date", "help.day.required")) : problems
            );
        }
        return day;
    }

    static @Nullable ConsentMethod method(@Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ConsentMethod.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("consentMethod", "help.consentMethod.unknown"));
            return null;
        }
    }
}
