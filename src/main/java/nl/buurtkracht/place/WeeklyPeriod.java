package nl.buurtkracht.place;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One period of the weekly opening hours in local time (Europe/Amsterdam), such as Monday 9:00–12:00. */
public record WeeklyPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {
    /** Whether this time of its day falls inside the period (the closing minute itself does not). */
    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /** Whether a span of its day falls wholly inside the period. */
    public boolean contains(LocalTime start, LocalTime end) {
        return !start.isBefore(opens) && !end.isAfter(closes);
    }
}
