package nl.buurtkracht.place;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A room to book on a day from a time until a time, in local time (Europe/Amsterdam). Missing parts
 * are null so that every one of them can be named in the answer.
 *
 * @param initiativeId the initiative the room is for; null to book for oneself
 */
public record BookingRequest(
    @Nullable Long roomId,
    @Nullable LocalDate day,
    @Nullable LocalTime start,
    @Nullable LocalTime end,
    @Nullable Long initiativeId,
    String purpose
) {
    public BookingRequest {
        purpose = purpose.strip();
    }
}
