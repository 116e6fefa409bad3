package nl.buurtkracht.help;

import java.time.LocalDate;

/**
 * Two neighbours met as arranged on {@code day} (one of them confirmed it). {@code first} is true
 * for their first meeting, after which both are asked, privately, how it was.
 */
public record ArrangementMet(
    long arrangementId,
    LocalDate day,
    long askerResidentId,
    long helperResidentId,
    HelpKind kind,
    boolean first
) {}
