package nl.buurtkracht.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * An activity as typed on the page or sent to the API. Where it is: a meeting place, a place in
 * words ({@code location}, "speeltuin Tulpenhof"), an online link, or a place with a link beside it.
 *
 * @param day the day of the (first) time, local to Europe/Amsterdam
 * @param rrule an RFC 5545 recurrence rule, or empty for one time only
 * @param capacity how many people can come, or null for no limit
 */
public record ActivityForm(
    String title,
    String description,
    @Nullable Long neighbourhoodId,
    @Nullable Long placeId,
    String location,
    String onlineUrl,
    @Nullable Long initiativeId,
    String contact,
    @Nullable LocalDate day,
    @Nullable LocalTime start,
    @Nullable LocalTime end,
    String rrule,
    @Nullable Integer capacity,
    boolean intergenerational
) {}
