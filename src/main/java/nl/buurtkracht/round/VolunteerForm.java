package nl.buurtkracht.round;

import org.jspecify.annotations.Nullable;

/** A volunteer of a round: who, how they travel (WALKING, CYCLING, CAR) and how many stops at most. */
public record VolunteerForm(@Nullable Long residentId, String mode, @Nullable Integer maxStops) {}
