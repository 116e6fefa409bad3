package nl.buurtkracht.round.planning;

import java.time.Duration;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A recipient to visit. Times are minutes from the start of the round (e.g. 0 = 13:00); the visit
 * must start within {@code [earliest, latest]}. {@code preferredVolunteerId} is last time's
 * volunteer, kept when it costs little. {@code demand} is what the visit takes along (one cake by
 * default).
 */
public record Stop(
    String id,
    LatLon location,
    int earliest,
    int latest,
    int serviceMinutes,
    int demand,
    @Nullable String preferredVolunteerId
) {
    public Stop {
        if (id == null || id.isBlank()) {
            throw new PlanningInputException("stop.id", "a stop needs an id");
        }
        if (latest < earliest) {
            throw new PlanningInputException(
                "stop[" + id + "].timeWindow",
                "the time window ends (minute " + latest + ") before it starts (minute " + earliest + ")"
            );
        }
        if (serviceMinutes < 0) {
            throw new PlanningInputException(
                "stop[" + id + "].serviceMinutes",
                "must not be negative: " + serviceMinutes
            );
        }
        if (demand < 0) {
            throw new PlanningInputException("stop[" + id + "].demand", "must not be negative: " + demand);
        }
    }

    public static Stop of(
        String id,
        LatLon location,
        int earliest,
        int latest,
        int serviceMinutes,
        @Nullable String preferred
    ) {
        return new Stop(id, location, earliest, latest, serviceMinutes, 1, preferred);
    }

    /** A stop with a window in local times on the day, relative to the round's start time. */
    public static Stop between(
        String id,
        LatLon location,
        LocalTime roundStart,
        LocalTime from,
        LocalTime until,
        int serviceMinutes,
        @Nullable String preferred
    ) {
        if (until.isBefore(from)) {
            throw new PlanningInputException(
                "stop[" + id + "].timeWindow",
                "the time window ends (" + until + ") before it starts (" + from + ")"
            );
        }
        return of(
            id,
            location,
            minutesAfter(roundStart, from),
            minutesAfter(roundStart, until),
            serviceMinutes,
            preferred
        );
    }

    static int minutesAfter(LocalTime start, LocalTime time) {
        return (int) Duration.between(start, time).toMinutes();
    }
}
