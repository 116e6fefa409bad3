package nl.buurtkracht.crisis;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What became of a tick. When another host ticked the same neighbour a moment before with a word that
 * weighs more, theirs stands ({@code applied} is false) and the page says so.
 */
public record TickOutcome(boolean applied, CheckStatus status, Instant checkedAt, @Nullable String checkedBy) {}
