package nl.buurtkracht.help;

/** How soon help is needed. Only {@code URGENT} reaches helpers at once; the rest waits for the digest. */
public enum Urgency {
    WHENEVER,
    THIS_WEEK,
    URGENT,
}
