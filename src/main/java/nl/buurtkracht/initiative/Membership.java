package nl.buurtkracht.initiative;

/** How a resident takes part: follows it to hear about it, or joins it to do something. */
public enum Membership {
    FOLLOWER,
    MEMBER,
}
