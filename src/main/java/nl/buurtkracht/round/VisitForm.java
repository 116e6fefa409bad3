package nl.buurtkracht.round;

import org.jspecify.annotations.Nullable;

/**
 * A ticked stop: {@code VISITED} or {@code MISSED}; after a visit how the person seemed, what they
 * wish in their own words, and whether it needs attention.
 */
public record VisitForm(
    @Nullable Long recipientResidentId,
    String outcome,
    String seemed,
    String wish,
    boolean needsAttention
) {}
