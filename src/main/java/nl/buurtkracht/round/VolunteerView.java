package nl.buurtkracht.round;

import org.jspecify.annotations.Nullable;

/**
 * A volunteer as the coordinators see them: how they travel, their most stops, and where they start
 * and end; {@code startAddress} and {@code endAddress} are set for a chosen address.
 */
public record VolunteerView(
    long residentId,
    String name,
    TravelMode mode,
    int maxStops,
    RoutePoint.Kind startPoint,
    @Nullable String startAddress,
    RoutePoint.Kind endPoint,
    @Nullable String endAddress
) {}
