package nl.buurtkracht.fabric;

import org.jspecify.annotations.Nullable;

/**
 * A line for the builder's log as typed on the page or sent to the API: the day, the kind, a few words
 * of what was done, the hours and optionally the initiative it was for. Read with {@code TypedInput},
 * so every field at fault is named.
 */
public record BuilderLogForm(
    @Nullable String day,
    @Nullable String kind,
    @Nullable String note,
    @Nullable String hours,
    @Nullable String initiative
) {}
