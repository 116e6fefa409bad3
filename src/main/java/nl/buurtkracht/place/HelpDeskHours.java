package nl.buurtkracht.place;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** An inloopspreekuur: every week at these times anyone may walk in with a question about the topic. */
public record HelpDeskHours(long id, DayOfWeek day, LocalTime starts, LocalTime ends, String topic) {}
