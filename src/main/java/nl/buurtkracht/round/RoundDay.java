package nl.buurtkracht.round;

import java.time.LocalDate;

/** One coming day of a round: how many volunteers signed up, how many recipients, whether it is planned. */
public record RoundDay(LocalDate day, int signups, int recipients, boolean planned, boolean signedUp) {}
