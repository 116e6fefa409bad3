package nl.buurtkracht.consent;

/** How consent was given: on the platform itself, or told to / signed for a representative. */
public enum ConsentMethod {
    ONLINE,
    VERBAL,
    PAPER,
}
