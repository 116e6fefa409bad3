package nl.buurtkracht.round.planning;

/**
 * A coordinator's hand-made choice: stop {@code stopId} goes to {@code volunteerId}. Pins of one
 * volunteer keep their order by {@code position}; the planner may put other stops between them.
 */
public record Pin(String stopId, String volunteerId, int position) {}
