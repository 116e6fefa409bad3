package nl.buurtkracht.round;

import java.time.LocalDate;
import java.time.LocalTime;

/** A round as anyone signed in may see it; {@code coordinator} says whether the reader runs it. */
public record RoundView(
    long id,
    long initiativeId,
    String initiativeTitle,
    long neighbourhoodId,
    String name,
    String cardText,
    LocalDate firstDay,
    String rrule,
    LocalTime startsAt,
    LocalTime endsAt,
    double startLat,
    double startLon,
    String startLabel,
    boolean coordinator
) {}
