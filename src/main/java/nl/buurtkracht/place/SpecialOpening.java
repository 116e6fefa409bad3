package nl.buurtkracht.place;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An extra opening on one day, such as a Christmas market on a Saturday: on that day the place is
 * open during its special openings instead of its weekly hours, even during a closure.
 *
 * @param note what people are told, such as "kerstmarkt"; may be empty
 */
public record SpecialOpening(LocalDate day, LocalTime opens, LocalTime closes, String note) {
    public WeeklyPeriod asPeriod() {
        return new WeeklyPeriod(day.getDayOfWeek(), opens, closes);
    }
}
