package nl.buurtkracht.round;

import java.time.LocalDate;

/** A planned stop of a round was not done on its day (nobody home, no time). */
public record VisitMissed(
    long roundId,
    LocalDate day,
    long volunteerResidentId,
    long recipientResidentId,
    long neighbourhoodId
) {}
