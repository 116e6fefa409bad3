package nl.buurtkracht.place;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A meeting place closed all day from a day until a day (or until further notice), with the reason
 * it gives.
 *
 * @param from the first day it is closed
 * @param until the day it opens again ("gesloten tot 1 juli"), itself not closed; null until further notice
 * @param reason what people are told, such as "verbouwing"; may be empty
 */
public record PlaceClosure(LocalDate from, @Nullable LocalDate until, String reason) {
    /** Whether the place is closed on this day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** Closed for this one day only, such as a holiday. */
    public boolean singleDay() {
        return until != null && until.equals(from.plusDays(1));
    }

    /** Whether the closure still matters on this day: it is on, or still to come. */
    public boolean notOverOn(LocalDate day) {
        return until == null || day.isBefore(until);
    }
}
