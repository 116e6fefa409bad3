package nl.buurtkracht.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.buurtkracht.consent.ConsentLedger;
import nl.buurtkracht.consent.ConsentMethod;
import nl.buurtkracht.consent.ConsentPurpose;
import nl.buurtkracht.initiative.Initiatives;
import nl.buurtkracht.round.internal.RoundAccess;
import nl.buurtkracht.round.internal.RoundRules;
import nl.buurtkracht.round.internal.RoundStore;
import nl.buurtkracht.round.internal.RoundStore.AddressPoint;
import nl.buurtkracht.round.internal.RoundStore.Home;
import nl.buurtkracht.round.internal.RoundStore.RecipientRow;
import nl.buurtkracht.round.internal.RoundStore.RoundRow;
import nl.buurtkracht.round.internal.RoundStore.SignupRow;
import nl.buurtkracht.round.internal.RoundStore.StopRow;
import nl.buurtkracht.round.internal.RoutePlanner;
import nl.buurtkracht.round.internal.RoutePlanner.LeftStop;
import nl.buurtkracht.round.internal.RoutePlanner.PlanRequest;
import nl.buurtkracht.round.internal.RoutePlanner.PlanResult;
import nl.buurtkracht.round.internal.RoutePlanner.PlannedStop;
import nl.buurtkracht.round.internal.RoutePlanner.Route;
import nl.buurtkracht.round.internal.RoutePlanner.Stop;
import nl.buurtkracht.round.internal.RoutePlanner.Volunteer;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.IdempotencyKeys;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a round: creating it, taking up recipients (only with their consent) and volunteers,
 * sign-ups per day, and planning each day. Every change checks all its fields first and writes
 * nothing while one breaks a rule; creates take an idempotency key so a retry never creates twice.
 */
@Service
public class RoundManagement {

    /** Minutes planned at each door: a piece of cake, a card and a chat. */
    public static final int SERVICE_MINUTES = 10;

    /** The furthest place in a route a stop can be moved to by hand. */
    public static final int MOST_POSITION = RoundRules.MOST_STOPS;

    private final RoundStore store;
    private final RoundAccess access;
    private final RoutePlanner planner;
    private final Initiatives initiatives;
    private final ConsentLedger consent;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    RoundManagement(
        RoundStore store,
        RoundAccess access,
        RoutePlanner planner,
        Initiatives initiatives,
        ConsentLedger consent,
        IdempotencyKeys idempotency,
        Clock clock
    ) {
        this.store = store;
        this.access = access;
        this.planner = planner;
        this.initiatives = initiatives;
        this.consent = consent;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Creates a round for an initiative the person acts for. */
    @Transactional
    public long create(CurrentUser user, RoundForm form, @Nullable String idempotencyKey) {
        List<FieldProblem> problems = RoundRules.check(form);
        if (form.initiativeId() != null) {
            if (initiatives.summary(form.initiativeId()).isEmpty()) {
                problems.add(new FieldProblem("initiativeId", "rounds.initiative.unknown"));
            } else if (!initiatives.mayActFor(user, form.initiativeId())) {
                throw new NotPermitted("rounds.initiative.not-yours");
            }
        }
        if (form.firstDay() != null && form.firstDay().isBefore(today())) {
            problems.add(new FieldProblem("firstDay", "rounds.first-day.past"));
        }
        AddressPoint start = form.startsAtAddress()
            ? address("start", form.startPostcode(), form.startHouseNumber(), problems)
            : null;
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        double lat = start == null ? form.startLat() : start.lat();
        double lon = start == null ? form.startLon() : start.lon();
        String label = form.startLabel().isBlank() && start != null ? start.label() : form.startLabel().strip();
        return idempotency.once(user, "round", idempotencyKey, () ->
            store.insertRound(
                form.initiativeId(),
                form.name().strip(),
                form.cardText().strip(),
                form.firstDay(),
                Recurrence.of(form.rrule()).rule(),
                form.startsAt(),
                form.endsAt(),
                lat,
                lon,
                label,
                clock.instant()
            )
        );
    }

    /**
     * The address typed as postcode and house number, or null with a problem on the field at fault
     * ({@code prefix + "Postcode"} when the address is not in the municipality).
     */
    private @Nullable AddressPoint address(
        String prefix,
        String postcode,
        String houseNumber,
        List<FieldProblem> problems
    ) {
        List<FieldProblem> typed = new ArrayList<>();
        Optional<RoundRules.AddressKey> key = RoundRules.address(prefix, postcode, houseNumber, typed);
        if (key.isEmpty()) {
            // RoundRules.check named the field already.
            return null;
        }
        Optional<AddressPoint> found = store.address(key.get());
        if (found.isEmpty()) {
            problems.add(new FieldProblem(prefix + "Postcode", "rounds.address.unknown"));
        }
        return found.orElse(null);
    }

    /**
     * Takes up a resident to be visited. Their consent to be visited must be in force, or be given
     * now to a coordinator, their street host or builder, told (VERBAL) or signed (PAPER); they need
     * an address with coordinates so that a route can reach them.
     */
    @Transactional
    public long addRecipient(CurrentUser user, long roundId, RecipientForm form, @Nullable String idempotencyKey) {
        RoundRow round = round(roundId);
        List<FieldProblem> problems = RoundRules.check(form);
        Home home = null;
        if (form.residentId() != null) {
            home = store.home(form.residentId()).orElse(null);
            if (home == null) {
                problems.add(
                    new FieldProblem(
                        "residentId",
                        store.residentExists(form.residentId())
                            ? "rounds.recipient.no-address"
                            : "rounds.recipient.unknown"
                    )
                );
            }
        }
        boolean self = form.residentId() != null && user.isResident(form.residentId());
        if (!self && !access.coordinates(user, round) && (home == null || !access.mayEnrol(user, round, home))) {
            throw new NotPermitted("rounds.recipient.not-yours");
        }
        ConsentMethod method = form.consentMethod();
        if (form.residentId() != null) {
            if (method == ConsentMethod.ONLINE && !self) {
                problems.add(new FieldProblem("consentMethod", "rounds.consent.not-online"));
            } else if (method == null && !consent.has(form.residentId(), ConsentPurpose.VISITED_BY_ROUND)) {
                problems.add(new FieldProblem("consentMethod", "rounds.consent.needed"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long residentId = form.residentId();
        return idempotency.once(user, "round-recipient", idempotencyKey, () -> {
            if (method != null) {
                consent.record(residentId, ConsentPurpose.VISITED_BY_ROUND, true, user.accountId(), !self, method);
            }
            return store.upsertRecipient(
                roundId,
                residentId,
                form.windowFrom(),
                form.windowUntil(),
                form.notes().strip(),
                user.accountId(),
                clock.instant()
            );
        });
    }

    /** Takes up a volunteer, or changes their mode and most stops. Residents may join as volunteers themselves. */
    @Transactional
    public long addVolunteer(CurrentUser user, long roundId, VolunteerForm form, @Nullable String idempotencyKey) {
        RoundRow round = round(roundId);
        List<FieldProblem> problems = RoundRules.check(form);
        if (form.residentId() != null && store.home(form.residentId()).isEmpty()) {
            problems.add(new FieldProblem("residentId", "rounds.volunteer.unknown"));
        }
        boolean self = form.residentId() != null && user.isResident(form.residentId());
        if (!self && !access.coordinates(user, round)) {
            throw new NotPermitted("rounds.volunteer.not-yours");
        }
        AddressPoint start = pointAddress("start", form.start(), problems);
        AddressPoint end = pointAddress("end", form.end(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long residentId = form.residentId();
        return idempotency.once(user, "round-volunteer", idempotencyKey, () -> {
            store.upsertVolunteer(
                roundId,
                residentId,
                TravelMode.valueOf(form.mode()),
                form.maxStops(),
                RoutePoint.Kind.valueOf(form.start().point()),
                start == null ? null : start.id(),
                RoutePoint.Kind.valueOf(form.end().point()),
                end == null ? null : end.id()
            );
            return residentId;
        });
    }

    /** The chosen address of a start or end point; null for home and the round's start. */
    private @Nullable AddressPoint pointAddress(String prefix, RoutePoint point, List<FieldProblem> problems) {
        if (!point.point().equals(RoutePoint.Kind.ADDRESS.name())) {
            return null;
        }
        return address(prefix, point.postcode(), point.houseNumber(), problems);
    }

    /**
     * Takes a recipient off the round (by a coordinator, or the recipient themselves); their coming
     * stops that were not ticked go from the plans, what was visited and noted stays.
     */
    @Transactional
    public void removeRecipient(CurrentUser user, long roundId, long residentId) {
        RoundRow round = round(roundId);
        if (!user.isResident(residentId) && !access.coordinates(user, round)) {
            throw new NotPermitted("rounds.recipient.not-yours");
        }
        RecipientRow recipient = store
            .recipient(roundId, residentId)
            .filter(RecipientRow::active)
            .orElseThrow(() -> new NotFound("rounds.recipient.not-found"));
        store.lockRound(roundId);
        store.deactivateRecipient(roundId, recipient.id(), today());
    }

    /**
     * "I bake for this day": a neighbour, volunteer or coordinator says how many pieces they bring;
     * again changes the number.
     */
    @Transactional
    public void bake(CurrentUser user, long roundId, LocalDate day, BakeForm form) {
        RoundRow round = round(roundId);
        if (!access.mayBake(user, round)) {
            throw new NotPermitted("rounds.bake.neighbours-only");
        }
        List<FieldProblem> problems = RoundRules.check(form);
        day(round, day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.upsertBaker(roundId, day, user.residentId(), form.pieces(), form.what().strip(), clock.instant());
    }

    /** Takes back one's own baking for a day. */
    @Transactional
    public void unbake(CurrentUser user, long roundId, LocalDate day) {
        RoundRow round = round(roundId);
        Long me = user.residentId();
        List<FieldProblem> problems = new ArrayList<>();
        day(round, day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (me == null || !store.deleteBaker(roundId, day, me)) {
            throw new NotFound("rounds.bake.not-found");
        }
    }

    /**
     * Takes a volunteer off the round (by a coordinator, or the volunteer themselves). Their stops of
     * coming days are left with the reason VOLUNTEER_REMOVED, so the coordinator sees whom to re-plan;
     * answers how many stops that were.
     */
    @Transactional
    public int removeVolunteer(CurrentUser user, long roundId, long residentId) {
        RoundRow round = round(roundId);
        if (!user.isResident(residentId) && !access.coordinates(user, round)) {
            throw new NotPermitted("rounds.volunteer.not-yours");
        }
        store.volunteer(roundId, residentId).orElseThrow(() -> new NotFound("rounds.volunteer.not-found"));
        return store.deactivateVolunteer(roundId, residentId, today());
    }

    /** A volunteer's yes for one day of the round, with the hours they can give; again changes the hours. */
    @Transactional
    public void signUp(CurrentUser user, long roundId, LocalDate day, SignupForm form) {
        RoundRow round = round(roundId);
        Long me = user.residentId();
        if (me == null || store.volunteer(roundId, me).filter(RoundStore.VolunteerRow::active).isEmpty()) {
            throw new NotPermitted("rounds.signup.volunteers-only");
        }
        List<FieldProblem> problems = RoundRules.check(form);
        day(round, day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.upsertSignup(roundId, day, me, form.availableFrom(), form.availableUntil());
    }

    /**
     * Plans a day: the signed-up volunteers with their hours and all active recipients go to the
     * planner; its routes replace an earlier plan of that day in one go, stops moved by hand stay where
     * they were put, and every recipient is either on a route or left with a reason.
     */
    @Transactional
    public void plan(CurrentUser user, long roundId, LocalDate day) {
        RoundRow round = coordinated(user, roundId);
        List<FieldProblem> problems = new ArrayList<>();
        day(round, day, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.lockRound(roundId);
        replan(round, day);
    }

    /**
     * Moves a stop by hand to a volunteer and position; it stays exactly there (pinned) while the rest
     * of the day is planned again around it. The stops the volunteer had before that position stay
     * as they were (pinned too), so that "third" means third; a position past the end of the route
     * becomes the last. Answers the position the stop got.
     */
    @Transactional
    public int moveStop(
        CurrentUser user,
        long roundId,
        LocalDate day,
        long recipientResidentId,
        long volunteerId,
        int position
    ) {
        RoundRow round = coordinated(user, roundId);
        List<FieldProblem> problems = new ArrayList<>();
        day(round, day, problems);
        RecipientRow recipient = store
            .recipient(roundId, recipientResidentId)
            .filter(RecipientRow::active)
            .orElse(null);
        if (recipient == null) {
            problems.add(new FieldProblem("recipientResidentId", "rounds.recipient.not-in-round"));
        }
        if (
            store
                .signups(roundId, day)
                .stream()
                .noneMatch(s -> s.residentId() == volunteerId)
        ) {
            problems.add(new FieldProblem("volunteerResidentId", "rounds.volunteer.not-signed-up"));
        }
        if (position < 1 || position > MOST_POSITION) {
            problems.add(new FieldProblem("position", "rounds.position.range", 1, MOST_POSITION));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        store.lockRound(roundId);
        List<StopRow> before = store
            .stops(roundId, day)
            .stream()
            .filter(s -> Long.valueOf(volunteerId).equals(s.volunteerResidentId()))
            .filter(s -> s.recipientId() != recipient.id() && s.position() != null)
            .sorted(Comparator.comparingInt(StopRow::position))
            .toList();
        int at = Math.min(position, before.size() + 1);
        store.shiftPins(roundId, day, volunteerId, at, recipient.id());
        for (int i = 0; i < at - 1; i++) {
            store.pin(roundId, day, before.get(i).recipientId(), volunteerId, i + 1);
        }
        store.pin(roundId, day, recipient.id(), volunteerId, at);
        replan(round, day);
        return at;
    }

    private void replan(RoundRow round, LocalDate day) {
        if (store.anyTicked(round.id(), day)) {
            throw InvalidInput.of("day", "rounds.plan.already-begun");
        }
        List<SignupRow> signups = store.signups(round.id(), day);
        Set<Long> signedUp = new HashSet<>(signups.stream().map(SignupRow::residentId).toList());
        Map<Long, StopRow> pinned = new HashMap<>();
        for (StopRow s : store.stops(round.id(), day)) {
            if (s.pinned() && s.volunteerResidentId() != null && signedUp.contains(s.volunteerResidentId())) {
                pinned.put(s.recipientId(), s);
            }
        }
        List<RecipientRow> recipients = store.recipients(round.id(), true);
        List<Stop> stops = recipients
            .stream()
            .map(r -> {
                StopRow pin = pinned.get(r.id());
                return new Stop(
                    r.id(),
                    r.lat(),
                    r.lon(),
                    r.windowFrom(),
                    r.windowUntil(),
                    SERVICE_MINUTES,
                    store.lastVisitor(r.id(), day),
                    pin == null ? null : pin.volunteerResidentId(),
                    pin == null ? null : pin.position()
                );
            })
            .toList();
        List<Volunteer> volunteers = signups
            .stream()
            .map(s ->
                new Volunteer(
                    s.residentId(),
                    s.startLat() == null ? round.startLat() : s.startLat(),
                    s.startLon() == null ? round.startLon() : s.startLon(),
                    s.endLat() == null ? round.startLat() : s.endLat(),
                    s.endLon() == null ? round.startLon() : s.endLon(),
                    s.mode(),
                    s.maxStops(),
                    later(s.availableFrom(), round.startsAt()),
                    earlier(s.availableUntil(), round.endsAt())
                )
            )
            .filter(v -> v.availableUntil().isAfter(v.availableFrom()))
            .toList();
        PlanResult result = planner.plan(new PlanRequest(stops, volunteers));

        store.clearPlan(round.id(), day);
        Set<Long> placed = new HashSet<>();
        for (Route route : result.routes()) {
            for (PlannedStop s : route.stops()) {
                if (placed.add(s.recipientId())) {
                    store.insertPlanned(
                        round.id(),
                        day,
                        s.recipientId(),
                        route.volunteerId(),
                        s.position(),
                        s.arrival(),
                        pinned.containsKey(s.recipientId())
                    );
                }
            }
        }
        for (LeftStop s : result.left()) {
            if (placed.add(s.recipientId())) {
                store.insertLeft(round.id(), day, s.recipientId(), s.reason());
            }
        }
        // Nobody is dropped silently, even by a planner that forgets someone: they are left without room.
        for (Stop s : stops) {
            if (placed.add(s.recipientId())) {
                store.insertLeft(round.id(), day, s.recipientId(), LeftReason.NO_VOLUNTEER_CAPACITY);
            }
        }
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private RoundRow round(long roundId) {
        return store.round(roundId).orElseThrow(() -> new NotFound("rounds.round.not-found"));
    }

    private RoundRow coordinated(CurrentUser user, long roundId) {
        RoundRow round = round(roundId);
        if (!access.coordinates(user, round)) {
            throw new NotPermitted("rounds.round.not-yours");
        }
        return round;
    }

    /** The day must be one of the round's days, today or later. */
    private void day(RoundRow round, LocalDate day, List<FieldProblem> problems) {
        List<LocalDate> days = RoundRules.days(round.firstDay(), round.startsAt(), round.rrule(), new ArrayList<>());
        if (!days.contains(day)) {
            problems.add(new FieldProblem("day", "rounds.day.not-in-round"));
        } else if (day.isBefore(today())) {
            problems.add(new FieldProblem("day", "rounds.day.past"));
        }
    }

    /** Today in Amsterdam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
    }
}
