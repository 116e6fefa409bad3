package nl.buurtkracht.round.internal;

import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkracht.round.LeftReason;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY until the jsprit planner in round.planning is wired in: a simple, honest greedy planner
 * so that the flow can be tested end to end. Each step it extends the route of one volunteer with
 * the nearest stop that still fits its window and that volunteer's hours and capacity, preferring
 * the volunteer of last time and shorter routes; pinned stops keep their volunteer and position.
 * What does not fit is left with a reason. It does not optimise; remove this class (or demote it)
 * when the real solver arrives as a {@link RoutePlanner} bean.
 */
@Component
public class NearestNeighbourPlanner implements RoutePlanner {

    /** Minutes of travel a stop may "cost" more to stay with last time's volunteer. */
    static final int CONTINUITY_BONUS = 15;
    /** Minutes added per stop already on a route, so routes stay about equally long. */
    static final int BALANCE = 3;
    private static final int LAST_MINUTE = 24 * 60 - 1;

    private final TravelTimes travel;

    NearestNeighbourPlanner(TravelTimes travel) {
        this.travel = travel;
    }

    /** A route being built. */
    private static final class Building {

        final Volunteer volunteer;
        final List<PlannedStop> stops = new ArrayList<>();
        final Deque<Stop> pinned = new ArrayDeque<>();
        double lat;
        double lon;
        int time;

        Building(Volunteer volunteer) {
            this.volunteer = volunteer;
            this.lat = volunteer.startLat();
            this.lon = volunteer.startLon();
            this.time = minutes(volunteer.availableFrom());
        }
    }

    @Override
    public PlanResult plan(PlanRequest request) {
        Map<Long, Building> routes = new LinkedHashMap<>();
        request.volunteers().forEach(v -> routes.put(v.id(), new Building(v)));
        List<Stop> free = new ArrayList<>();
        Map<Long, List<Stop>> pinned = new HashMap<>();
        for (Stop s : request.stops()) {
            if (s.pinnedVolunteerId() != null && routes.containsKey(s.pinnedVolunteerId())) {
                pinned.computeIfAbsent(s.pinnedVolunteerId(), k -> new ArrayList<>()).add(s);
            } else {
                free.add(s);
            }
        }
        pinned.forEach((v, list) -> {
            list.sort(
                Comparator.comparing((Stop s) -> s.pinnedPosition() == null ? Integer.MAX_VALUE : s.pinnedPosition())
            );
            routes.get(v).pinned.addAll(list);
        });

        while (true) {
            routes.values().forEach(this::placeDuePinned);
            Building bestRoute = null;
            Stop bestStop = null;
            int bestCost = Integer.MAX_VALUE;
            for (Building b : routes.values()) {
                if (b.stops.size() + b.pinned.size() >= b.volunteer.maxStops()) {
                    continue;
                }
                for (Stop s : free) {
                    int there = travel.minutes(b.lat, b.lon, s.lat(), s.lon(), b.volunteer.mode());
                    int arrival = Math.max(b.time + there, minutes(s.windowFrom()));
                    if (!fits(b.volunteer, s, arrival)) {
                        continue;
                    }
                    int cost =
                        there +
                        (arrival - b.time - there) / 2 +
                        b.stops.size() * BALANCE -
                        (Long.valueOf(b.volunteer.id()).equals(s.preferredVolunteerId()) ? CONTINUITY_BONUS : 0);
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestRoute = b;
                        bestStop = s;
                    }
                }
            }
            if (bestRoute == null || bestStop == null) {
                break;
            }
            append(bestRoute, bestStop);
            free.remove(bestStop);
        }
        // Pinned stops not yet placed go at the end of their route, fitting or not: the coordinator chose.
        for (Building b : routes.values()) {
            while (!b.pinned.isEmpty()) {
                append(b, b.pinned.poll());
            }
        }
        List<LeftStop> left = free
            .stream()
            .map(s -> new LeftStop(s.recipientId(), reason(s, request.volunteers())))
            .toList();
        List<Route> planned = routes
            .values()
            .stream()
            .map(b -> new Route(b.volunteer.id(), List.copyOf(b.stops)))
            .toList();
        return new PlanResult(planned, left);
    }

    private void placeDuePinned(Building b) {
        while (
            !b.pinned.isEmpty() &&
            (b.pinned.peek().pinnedPosition() == null || b.pinned.peek().pinnedPosition() <= b.stops.size() + 1)
        ) {
            append(b, b.pinned.poll());
        }
    }

    private void append(Building b, Stop s) {
        int there = travel.minutes(b.lat, b.lon, s.lat(), s.lon(), b.volunteer.mode());
        int arrival = Math.min(LAST_MINUTE, Math.max(b.time + there, minutes(s.windowFrom())));
        b.stops.add(new PlannedStop(s.recipientId(), b.stops.size() + 1, LocalTime.of(arrival / 60, arrival % 60)));
        b.time = arrival + s.serviceMinutes();
        b.lat = s.lat();
        b.lon = s.lon();
    }

    /** Whether the volunteer can start the visit at {@code arrival} and still get back within their hours. */
    private boolean fits(Volunteer v, Stop s, int arrival) {
        int back = travel.minutes(s.lat(), s.lon(), v.endLat(), v.endLon(), v.mode());
        return (
            arrival <= minutes(s.windowUntil()) && arrival + s.serviceMinutes() + back <= minutes(v.availableUntil())
        );
    }

    /** Why a stop is left: nobody can get there and back at all, nobody within the window, or no room. */
    private LeftReason reason(Stop s, List<Volunteer> volunteers) {
        boolean reachable = false;
        boolean inWindow = false;
        for (Volunteer v : volunteers) {
            int from = minutes(v.availableFrom());
            int there = travel.minutes(v.startLat(), v.startLon(), s.lat(), s.lon(), v.mode());
            int back = travel.minutes(s.lat(), s.lon(), v.endLat(), v.endLon(), v.mode());
            if (from + there + s.serviceMinutes() + back <= minutes(v.availableUntil())) {
                reachable = true;
                if (fits(v, s, Math.max(from + there, minutes(s.windowFrom())))) {
                    inWindow = true;
                }
            }
        }
        if (volunteers.isEmpty() || inWindow) {
            return LeftReason.NO_VOLUNTEER_CAPACITY;
        }
        return reachable ? LeftReason.OUTSIDE_WINDOW_REACH : LeftReason.TOO_FAR;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
