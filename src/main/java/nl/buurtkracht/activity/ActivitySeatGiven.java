package nl.buurtkracht.activity;

import java.time.LocalDate;

/** Someone on the waiting list got a seat because another person cancelled; they should hear of it. */
public record ActivitySeatGiven(long activityId, LocalDate day, long residentId) {}
