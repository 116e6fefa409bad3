package nl.buurtkracht.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * An activity as pages and the API show it: what, where, when it starts and whether it comes back.
 *
 * @param firstDay the day of the first time
 * @param rrule the recurrence rule, or null for one time only
 * @param capacity how many people can come each time, or null for no limit
 */
public record ActivityView(
    long id,
    String title,
    String description,
    long neighbourhoodId,
    String neighbourhoodName,
    @Nullable Long placeId,
    @Nullable String placeName,
    @Nullable String placeAddress,
    String location,
    @Nullable String onlineUrl,
    @Nullable Long initiativeId,
    @Nullable String initiativeTitle,
    String contact,
    LocalDate firstDay,
    LocalTime start,
    LocalTime end,
    @Nullable String rrule,
    @Nullable Integer capacity,
    boolean intergenerational,
    boolean cancelled
) {
    public boolean recurring() {
        return rrule != null;
    }

    public ActivityForm form() {
        return new ActivityForm(
            title,
            description,
            neighbourhoodId,
            placeId,
            location,
            onlineUrl == null ? "" : onlineUrl,
            initiativeId,
            contact,
            firstDay,
            start,
            end,
            rrule == null ? "" : rrule,
            capacity,
            intergenerational
        );
    }
}
