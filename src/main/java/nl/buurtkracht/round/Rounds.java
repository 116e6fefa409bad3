package nl.buurtkracht.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.round.internal.RoundAccess;
import nl.buurtkracht.round.internal.RoundRules;
import nl.buurtkracht.round.internal.RoundStore;
import nl.buurtkracht.round.internal.RoundStore.RecipientRow;
import nl.buurtkracht.round.internal.RoundStore.RoundRow;
import nl.buurtkracht.round.internal.RoundStore.SignupRow;
import nl.buurtkracht.round.internal.RoundStore.StopRow;
import nl.buurtkracht.shared.Recurrence;
import nl.buurtkracht.system.CurrentUser;
import nl.buurtkracht.system.InvalidInput;
import nl.buurtkracht.system.InvalidInput.FieldProblem;
import nl.buurtkracht.system.NotFound;
import nl.buurtkracht.system.NotPermitted;
import nl.buurtkracht.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading rounds: what a round is and its coming days for anyone signed in; the recipients and all
 * routes of a day for its coordinators; and for a volunteer only their own route.
 */
@Service
public class Rounds {

    /** How many coming days the overview shows. */
    public static final int COMING = 8;

    /** How many neighbours waiting for a round the recipient form offers. */
    public static final int WAITING = 50;

    private final RoundStore store;
    private final RoundAccess access;
    private final Clock clock;

    Rounds(RoundStore store, RoundAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** The rounds of the reader's neighbourhoods and those they volunteer for; all for an administrator. */
    @Transactional(readOnly = true)
    public List<RoundView> list(CurrentUser user) {
        List<Long> neighbourhoods = new ArrayList<>(user.scope().builderNeighbourhoodIds());
        if (user.scope().homeNeighbourhoodId() != null) {
            neighbourhoods.add(user.scope().homeNeighbourhoodId());
        }
        return store
            .rounds(neighbourhoods.toArray(Long[]::new), user.residentId(), user.has(Role.ADMINISTRATOR))
            .stream()
            .map(r -> view(user, r))
            .toList();
    }

    @Transactional(readOnly = true)
    public RoundView view(CurrentUser user, long id) {
        return view(user, round(id));
    }

    /** The coming days of the round with their sign-ups and whether they are planned. */
    @Transactional(readOnly = true)
    public List<RoundDay> coming(CurrentUser user, long id) {
        RoundRow round = round(id);
        LocalDate today = LocalDate.now(clock.withZone(Recurrence.AMSTERDAM));
        List<LocalDate> days = RoundRules.days(round.firstDay(), round.startsAt(), round.rrule(), new ArrayList<>())
            .stream()
            .filter(d -> !d.isBefore(today))
            .limit(COMING)
            .toList();
        if (days.isEmpty()) {
            return List.of();
        }
        int recipients = store.recipients(id, true).size();
        Map<LocalDate, RoundStore.DayCount> counts = new LinkedHashMap<>();
        store.dayCounts(id, days.getFirst(), days.getLast(), user.residentId()).forEach(c -> counts.put(c.day(), c));
        return days
            .stream()
            .map(d -> {
                RoundStore.DayCount c = counts.get(d);
                return new RoundDay(
                    d,
                    c == null ? 0 : c.signups(),
                    recipients,
                    c != null && c.planned(),
                    c != null && c.signedUp(),
                    c == null ? 0 : c.pieces(),
                    c == null ? 0 : c.bakers(),
                    c == null ? null : c.myPieces()
                );
            })
            .toList();
    }

    /** The recipients with their windows and notes, for the coordinators. */
    @Transactional(readOnly = true)
    public List<RecipientView> recipients(CurrentUser user, long id) {
        coordinated(user, id);
        return store.recipients(id, false).stream().map(RecipientRow::view).toList();
    }

    /** Whether the reader walks along with this round: only volunteers sign up for a day's route. */
    @Transactional(readOnly = true)
    public boolean walksAlong(CurrentUser user, long id) {
        Long me = user.residentId();
        return me != null && store.volunteer(round(id).id(), me).filter(RoundStore.VolunteerRow::active).isPresent();
    }

    /** Whether the reader may say "I bake for this day" (a neighbour, a volunteer or a coordinator). */
    @Transactional(readOnly = true)
    public boolean mayBake(CurrentUser user, long id) {
        return access.mayBake(user, round(id));
    }

    /** The volunteers of the round with how they travel and where they start and end, for the coordinators. */
    @Transactional(readOnly = true)
    public List<VolunteerView> volunteers(CurrentUser user, long id) {
        coordinated(user, id);
        return store.volunteers(id);
    }

    /** Who bakes or prepares for a day and how many pieces, for the coordinators. */
    @Transactional(readOnly = true)
    public List<BakerView> bakers(CurrentUser user, long id, LocalDate day) {
        coordinated(user, id);
        return store.bakers(id, day);
    }

    /**
     * Residents of the round's neighbourhood who agreed to be visited by a round and are not on this
     * one yet, for the coordinators to take up.
     */
    @Transactional(readOnly = true)
    public List<Neighbour> waiting(CurrentUser user, long id) {
        RoundRow round = coordinated(user, id);
        return store.waiting(id, round.neighbourhoodId(), WAITING);
    }

    /**
     * Who lives at an address a coordinator typed (postcode and house number), with a name only for
     * those who show it; a problem names the field when the address is unreadable or unknown.
     */
    @Transactional(readOnly = true)
    public AddressResidents atAddress(CurrentUser user, long id, String postcode, String houseNumber) {
        coordinated(user, id);
        List<FieldProblem> problems = new ArrayList<>();
        RoundRules.AddressKey key = RoundRules.address("lookup", postcode, houseNumber, problems).orElse(null);
        RoundStore.AddressPoint address = key == null ? null : store.address(key).orElse(null);
        if (key != null && address == null) {
            problems.add(new FieldProblem("lookupPostcode", "rounds.address.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<RoundStore.ResidentAt> living = store.residentsAt(
            address.id(),
            user.scope().hostedStreetIds().toArray(Long[]::new),
            user.has(Role.COMMUNITY_BUILDER) ? user.scope().builderNeighbourhoodIds().toArray(Long[]::new) : new Long[0]
        );
        List<Neighbour> shown = living
            .stream()
            .filter(RoundStore.ResidentAt::nameShown)
            .map(r -> new Neighbour(r.residentId(), r.name(), r.address()))
            .toList();
        return new AddressResidents(address.label(), shown, living.size() - shown.size());
    }

    /**
     * The routes of a day: coordinators see every route and who is left and why; a volunteer sees
     * only their own route; anyone else is refused.
     */
    @Transactional(readOnly = true)
    public RouteView routes(CurrentUser user, long id, LocalDate day) {
        RoundRow round = round(id);
        if (access.coordinates(user, round)) {
            return routeView(round, day, null);
        }
        Long me = user.residentId();
        if (me != null && store.volunteer(id, me).isPresent()) {
            return routeView(round, day, me);
        }
        throw new NotPermitted("rounds.route.not-yours");
    }

    /** One volunteer's route: the volunteer themselves, or a coordinator. */
    @Transactional(readOnly = true)
    public RouteView route(CurrentUser user, long id, LocalDate day, long volunteerId) {
        RoundRow round = round(id);
        if (!user.isResident(volunteerId) && !access.coordinates(user, round)) {
            throw new NotPermitted("rounds.route.not-yours");
        }
        return routeView(round, day, volunteerId);
    }

    private RouteView routeView(RoundRow round, LocalDate day, @Nullable Long only) {
        Map<Long, List<RouteView.Stop>> byVolunteer = new LinkedHashMap<>();
        List<RouteView.Left> left = new ArrayList<>();
        for (StopRow s : store.stops(round.id(), day)) {
            if (s.volunteerResidentId() == null) {
                if (only == null && s.leftReason() != null) {
                    left.add(new RouteView.Left(s.recipientResidentId(), s.name(), s.address(), s.leftReason()));
                }
                continue;
            }
            if (only != null && !only.equals(s.volunteerResidentId())) {
                continue;
            }
            byVolunteer
                .computeIfAbsent(s.volunteerResidentId(), k -> new ArrayList<>())
                .add(
                    new RouteView.Stop(
                        s.position() == null ? 0 : s.position(),
                        s.recipientResidentId(),
                        s.name(),
                        s.address(),
                        s.lat(),
                        s.lon(),
                        s.arrival(),
                        s.windowFrom(),
                        s.windowUntil(),
                        s.notes(),
                        s.pinned(),
                        s.visitedAt() != null,
                        s.missed()
                    )
                );
        }
        Map<Long, SignupRow> signups = new LinkedHashMap<>();
        store.signups(round.id(), day).forEach(s -> signups.put(s.residentId(), s));
        List<RouteView.Route> routes = new ArrayList<>();
        byVolunteer.forEach((volunteer, stops) -> {
            var row = store.volunteer(round.id(), volunteer).orElseThrow();
            routes.add(new RouteView.Route(volunteer, row.name(), row.mode(), stops));
        });
        // Volunteers of the day without stops still see their (empty) route.
        signups
            .values()
            .stream()
            .filter(s -> !byVolunteer.containsKey(s.residentId()) && (only == null || only == s.residentId()))
            .forEach(s -> routes.add(new RouteView.Route(s.residentId(), s.name(), s.mode(), List.of())));
        return new RouteView(day, routes, left);
    }

    private RoundRow round(long id) {
        return store.round(id).orElseThrow(() -> new NotFound("rounds.round.not-found"));
    }

    private RoundRow coordinated(CurrentUser user, long id) {
        RoundRow round = round(id);
        if (!access.coordinates(user, round)) {
            throw new NotPermitted("rounds.round.not-yours");
        }
        return round;
    }

    private RoundView view(CurrentUser user, RoundRow r) {
        return new RoundView(
            r.id(),
            r.initiativeId(),
            r.initiativeTitle(),
            r.neighbourhoodId(),
            r.name(),
            r.cardText(),
            r.firstDay(),
            r.rrule(),
            r.startsAt(),
            r.endsAt(),
            r.startLat(),
            r.startLon(),
            r.startLabel(),
            access.coordinates(user, r)
        );
    }
}
