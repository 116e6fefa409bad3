package nl.buurtkracht.round.internal;

import java.time.LocalTime;
import java.util.List;
import nl.buurtkracht.round.LeftReason;
import nl.buurtkracht.round.TravelMode;
import org.jspecify.annotations.Nullable;

/**
 * Plans one day of a round: assigns the stops to the volunteers and orders each route. Goals in order:
 * every stop within its window; the same volunteer as last time; balanced routes; little travel. A
 * plan never drops a stop silently: each is either on a route or left with a reason. Pinned stops
 * (moved by hand) stay with their volunteer at their position.
 */
public interface RoutePlanner {
    PlanResult plan(PlanRequest request);

    /** A stop to visit; {@code preferredVolunteerId} visited them last time. */
    record Stop(
        long recipientId,
        double lat,
        double lon,
        LocalTime windowFrom,
        LocalTime windowUntil,
        int serviceMinutes,
        @Nullable Long preferredVolunteerId,
        @Nullable Long pinnedVolunteerId,
        @Nullable Integer pinnedPosition
    ) {
        public boolean pinned() {
            return pinnedVolunteerId != null;
        }
    }

    /** A volunteer of the day, with where they start and end, how they travel and their hours. */
    record Volunteer(
        long id,
        double startLat,
        double startLon,
        double endLat,
        double endLon,
        TravelMode mode,
        int maxStops,
        LocalTime availableFrom,
        LocalTime availableUntil
    ) {}

    record PlanRequest(List<Stop> stops, List<Volunteer> volunteers) {}

    /** A stop on a route, with the planned arrival. */
    record PlannedStop(long recipientId, int position, LocalTime arrival) {}

    record Route(long volunteerId, List<PlannedStop> stops) {}

    record LeftStop(long recipientId, LeftReason reason) {}

    record PlanResult(List<Route> routes, List<LeftStop> left) {}
}
