package nl.buurtkracht.help;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a helper's "I will help" came to: the ask is theirs ({@code won}), or another neighbour was
 * just ahead of them, in which case {@code otherAsks} shows where else they are welcome.
 */
public record ClaimOutcome(boolean won, long askId, @Nullable Long arrangementId, List<AskView> otherAsks) {}
