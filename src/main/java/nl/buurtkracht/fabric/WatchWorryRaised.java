package nl.buurtkracht.fabric;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone who was asked about a resident worries: the street host(s) hear at once, and the
 * builder(s) when the resident agreed to that. {@code raisedByResidentId} is empty for a builder.
 */
public record WatchWorryRaised(
    long watchId,
    long aboutResidentId,
    @Nullable Long raisedByResidentId,
    List<Long> hostResidentIds,
    List<Long> builderAccountIds
) {
    public WatchWorryRaised {
        hostResidentIds = List.copyOf(hostResidentIds);
        builderAccountIds = List.copyOf(builderAccountIds);
    }
}
