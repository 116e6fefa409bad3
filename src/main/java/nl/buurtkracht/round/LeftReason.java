package nl.buurtkracht.round;

/** Why a recipient is not on any route of a day; the coordinator reads it in plain words. */
public enum LeftReason {
    /** No volunteer can be there within the recipient's time window. */
    OUTSIDE_WINDOW_REACH,
    /** The volunteers of the day have no room left for another stop. */
    NO_VOLUNTEER_CAPACITY,
    /** Too far from the start for any volunteer of the day to go there and back in their hours. */
    TOO_FAR,
    /** Their volunteer left the round after the day was planned. */
    VOLUNTEER_REMOVED,
}
