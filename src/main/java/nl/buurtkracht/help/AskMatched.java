package nl.buurtkracht.help;

import org.jspecify.annotations.Nullable;

/**
 * An ask found its helper: a helper's claim won, or the asker accepted a standing offer. A
 * recurring ask becomes an arrangement ({@code arrangementId}); the contact ledger counts this as
 * the start of a tie between two neighbours.
 */
public record AskMatched(
    long askId,
    long askerResidentId,
    long helperResidentId,
    long neighbourhoodId,
    HelpKind kind,
    boolean urgent,
    @Nullable Long arrangementId
) {}
