package nl.buurtkracht.crisis;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A neighbour on a host's check-in list: by name where they share it with their street, else by
 * house; and the last word on them, if any, with who gave it (as the host sees it).
 */
public record CheckIn(
    long residentId,
    @Nullable String name,
    String houseLabel,
    @Nullable CheckStatus status,
    @Nullable Instant checkedAt,
    @Nullable String checkedBy,
    boolean checkedByMe
) {}
