package nl.buurtkracht.help;

/** How an ask reached us: placed online, or taken by phone, on paper or at the door by a host or builder. */
public enum Channel {
    ONLINE,
    PHONE,
    PAPER,
    IN_PERSON,
}
