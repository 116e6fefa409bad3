package nl.buurtkracht.round.planning;

/**
 * A coordinator's hand-made choice: stop {@code stopId} goes to {@code volunteerId} as their
 * {@code position}-th stop (1 is the first). The planner never puts another stop before a pinned
 * stop that has reached its position, so a pin at position 1 is visited first; pins of one volunteer
 * keep their order. {@link Integer#MAX_VALUE} pins the volunteer only, anywhere in the route.
 */
public record Pin(String stopId, String volunteerId, int position) {
    public Pin {
        if (position < 1) {
            throw new PlanningInputException("pin[" + stopId + "].position", "positions start at 1: " + position);
        }
    }
}
