package nl.buurtkracht.activity;

import java.time.LocalDate;
import java.util.Set;

/**
 * The organiser recorded who came to one time of an activity. Published again when the list is
 * corrected; the latest list for an activity and day is the one that counts.
 *
 * @param attendees the residents who came
 */
public record ActivityAttended(long activityId, LocalDate day, long neighbourhoodId, Set<Long> attendees) {
    public ActivityAttended {
        attendees = Set.copyOf(attendees);
    }
}
