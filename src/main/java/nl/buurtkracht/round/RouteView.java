package nl.buurtkracht.round;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plan of one day: ordered stops per volunteer, and who is left and why. */
public record RouteView(LocalDate day, List<Route> routes, List<Left> left) {
    /** One volunteer's route. */
    public record Route(long volunteerResidentId, String volunteerName, TravelMode mode, List<Stop> stops) {}

    /** A stop on a route, with what the volunteer needs at the door. */
    public record Stop(
        int position,
        long recipientResidentId,
        String name,
        String address,
        double lat,
        double lon,
        @Nullable LocalTime arrival,
        LocalTime windowFrom,
        LocalTime windowUntil,
        String notes,
        boolean pinned,
        boolean visited,
        boolean missed
    ) {}

    /** A recipient not on any route, and why. */
    public record Left(long recipientResidentId, String name, String address, LeftReason reason) {}
}
