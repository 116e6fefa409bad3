package nl.buurtkracht.place;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A room was booked, by a resident for herself or by someone acting for an initiative.
 *
 * @param initiativeId the initiative the room is booked for; null for a private booking
 * @param residentId the resident who booked; null when a professional booked
 */
public record PlaceBooked(
    long bookingId,
    long placeId,
    long roomId,
    @Nullable Long initiativeId,
    @Nullable Long residentId,
    Instant start,
    Instant end
) {}
