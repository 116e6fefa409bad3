package nl.buurtkracht.place;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Weekly help-desk hours with when one can really walk in: never on a day the place is closed.
 *
 * @param next the next day it takes place (today included while it has not ended); null when none in the coming weeks
 * @param skipped a sooner day on which it does not take place because the place is closed, or null
 * @param skippedBecause the closure of that day, or null
 * @param now whether it is on right now
 */
public record HelpDeskSession(
    HelpDeskHours hours,
    @Nullable LocalDate next,
    @Nullable LocalDate skipped,
    @Nullable PlaceClosure skippedBecause,
    boolean now
) {}
