package nl.buurtkracht.round.planning;

import java.util.List;

/**
 * The planner's answer: one route per volunteer (possibly empty) and every stop that could not be
 * visited with the reason why. Every stop of the problem is in exactly one of the two.
 */
public record Plan(List<Route> routes, List<Unassigned> unassigned, double totalTravelMinutes) {
    public Plan {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    /** A volunteer's route: departure from the start point, the visits in order, the return. */
    public record Route(
        String volunteerId,
        double departureMinute,
        List<Visit> visits,
        double returnMinute,
        double travelMinutes
    ) {
        public Route {
            visits = List.copyOf(visits);
        }
    }

    /** A visit: arrival, the start of the visit (after waiting for the window), and leaving. */
    public record Visit(
        String stopId,
        double arrivalMinute,
        double startMinute,
        double departureMinute,
        boolean pinned
    ) {}

    /** A stop nobody visits this time, with a reason a coordinator can act upon. */
    public record Unassigned(String stopId, Reason reason, String explanation) {}

    public enum Reason {
        /** Even as their only stop, no volunteer could start the visit within the time window. */
        OUTSIDE_WINDOW_REACH,
        /** No volunteer can get there and back within the time they are available. */
        TOO_FAR,
        /** Reachable alone, but the volunteers' stops, load or time are used up by other recipients. */
        NO_VOLUNTEER_CAPACITY,
    }

    public Route routeOf(String volunteerId) {
        return routes
            .stream()
            .filter(r -> r.volunteerId().equals(volunteerId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no route for " + volunteerId));
    }

    public long vehiclesUsed() {
        return routes
            .stream()
            .filter(r -> !r.visits().isEmpty())
            .count();
    }
}
