package nl.buurtkracht.round.planning;

/**
 * A volunteer for one occurrence: starts and ends at given points, available between two minutes
 * from the round's start, visits at most {@code maxStops} recipients and carries at most {@code
 * capacity} units of demand.
 */
public record Volunteer(
    String id,
    LatLon start,
    LatLon end,
    TravelMode mode,
    int maxStops,
    int capacity,
    int availableFrom,
    int availableUntil
) {
    public Volunteer {
        if (id == null || id.isBlank()) {
            throw new PlanningInputException("volunteer.id", "a volunteer needs an id");
        }
        if (availableUntil < availableFrom) {
            throw new PlanningInputException(
                "volunteer[" + id + "].available",
                "available until minute " + availableUntil + " is before from minute " + availableFrom
            );
        }
        if (maxStops < 0 || capacity < 0) {
            throw new PlanningInputException(
                "volunteer[" + id + "].maxStops",
                "max stops and capacity must not be negative"
            );
        }
    }

    /** A volunteer who starts and ends at home and carries one unit per stop. */
    public static Volunteer fromHome(
        String id,
        LatLon home,
        TravelMode mode,
        int maxStops,
        int availableFrom,
        int availableUntil
    ) {
        return new Volunteer(id, home, home, mode, maxStops, maxStops, availableFrom, availableUntil);
    }
}
