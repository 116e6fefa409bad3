package nl.buurtkracht.round;

import org.jspecify.annotations.Nullable;

/**
 * A volunteer of a round: who, how they travel (WALKING, CYCLING, CAR), how many stops at most, and
 * where their route starts and ends (their home unless they choose otherwise).
 */
public record VolunteerForm(
    @Nullable Long residentId,
    String mode,
    @Nullable Integer maxStops,
    RoutePoint start,
    RoutePoint end
) {
    /** A volunteer who starts and ends at home. */
    public VolunteerForm(@Nullable Long residentId, String mode, @Nullable Integer maxStops) {
        this(residentId, mode, maxStops, RoutePoint.HOME, RoutePoint.HOME);
    }
}
