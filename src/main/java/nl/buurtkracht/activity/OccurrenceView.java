package nl.buurtkracht.activity;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One time an activity happens, as the programme shows it: when and where, how full it is, whether
 * it goes ahead, and the reader's own place (a seat, or which number on the waiting list).
 *
 * @param placeClosed why the meeting place is closed that day, or null when it is not
 * @param myPosition the reader's number on the waiting list (1 is next), or 0
 */
public record OccurrenceView(
    long activityId,
    String title,
    LocalDate day,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    long neighbourhoodId,
    @Nullable Long placeId,
    @Nullable String placeName,
    String location,
    boolean online,
    boolean intergenerational,
    @Nullable Integer capacity,
    int seatsTaken,
    int waiting,
    boolean cancelled,
    String cancelReason,
    @Nullable String placeClosed,
    @Nullable SignupStatus myStatus,
    int myPosition
) {
    public boolean full() {
        return capacity != null && seatsTaken >= capacity;
    }

    /** Seats still free, or null when there is no limit. */
    public @Nullable Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }

    /** Neither called off for this time nor at a meeting place that is closed that day. */
    public boolean goesAhead() {
        return !cancelled && placeClosed == null;
    }

    OccurrenceView withPlaceClosed(@Nullable String reason) {
        return new OccurrenceView(
            activityId,
            title,
            day,
            startsAt,
            endsAt,
            neighbourhoodId,
            placeId,
            placeName,
            location,
            online,
            intergenerational,
            capacity,
            seatsTaken,
            waiting,
            cancelled,
            cancelReason,
            reason,
            myStatus,
            myPosition
        );
    }
}
