package nl.buurtkracht.place;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A booking as its booker, or the builder of the place's neighbourhood, sees it. Times are local
 * (Europe/Amsterdam).
 *
 * @param bookedBy the booker's name; only filled for the builder or an administrator
 * @param initiativeTitle the initiative it is for, or null
 */
public record BookingView(
    long id,
    long placeId,
    long roomId,
    String roomName,
    LocalDateTime start,
    LocalDateTime end,
    String purpose,
    @Nullable Long initiativeId,
    @Nullable String initiativeTitle,
    @Nullable String bookedBy,
    boolean cancelled
) {}
