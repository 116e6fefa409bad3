package nl.buurtkracht.round;

/**
 * A visit note said "needs attention": the builder of the neighbourhood hears of it when the recipient
 * agreed to share visit notes with them, otherwise the street host(s) of the recipient's block. The
 * event carries no note text.
 */
public record RoundSignalRaised(
    long signalId,
    long recipientResidentId,
    boolean toBuilder,
    long neighbourhoodId,
    long streetId
) {}
