package nl.buurtkracht.round;

import java.time.Instant;
import java.time.LocalDate;

/** A note written after a visit, as a coordinator (or a consented builder) reads it. */
public record VisitNoteView(
    long id,
    long roundId,
    LocalDate day,
    long recipientResidentId,
    long volunteerResidentId,
    String volunteerName,
    Seemed seemed,
    String wish,
    boolean needsAttention,
    Instant writtenAt
) {}
