package nl.buurtkracht.crisis;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A crisis of a neighbourhood: why and since when, and once it ended what was learned: how many
 * neighbours were on the hosts' lists, how many were checked, how many needed help and how many
 * nobody reached.
 */
public record CrisisView(
    long id,
    long neighbourhoodId,
    String neighbourhoodName,
    String reason,
    Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable Summary summary
) {
    public record Summary(int listed, int checked, int needingHelp, int notReached) {}

    public boolean on() {
        return endedAt == null;
    }
}
