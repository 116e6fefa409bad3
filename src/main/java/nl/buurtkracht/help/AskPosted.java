package nl.buurtkracht.help;

/**
 * An ask was placed, by the person helped or for them ({@code onBehalf}). {@code urgent} asks are
 * worth telling helpers about at once; others wait for the daily digest.
 */
public record AskPosted(
    long askId,
    long askerResidentId,
    long neighbourhoodId,
    long streetId,
    HelpKind kind,
    boolean urgent,
    boolean onBehalf
) {}
