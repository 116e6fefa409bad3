package nl.buurtkracht.round;

import java.time.LocalDate;

/** A volunteer of a round visited a recipient on a day: a contact for the contact ledger. */
public record VisitMade(
    long roundId,
    LocalDate day,
    long volunteerResidentId,
    long recipientResidentId,
    long neighbourhoodId
) {}
