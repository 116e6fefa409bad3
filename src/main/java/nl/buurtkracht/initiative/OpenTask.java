package nl.buurtkracht.initiative;

/** A task of a living initiative that still needs hands: "3 bakers on Saturdays", {@code stillNeeded} more. */
public record OpenTask(long initiativeId, String initiativeTitle, long taskId, String title, int stillNeeded) {}
