package nl.buurtkracht.people;

/**
 * Who may see one item of a profile. Each level is chosen per item by the resident (or by a
 * representative with their consent); labels are in the bundles under {@code visibility.<NAME>}.
 */
public enum Visibility {
    /** Nobody but me (and whoever acts on my behalf). */
    ONLY_ME,
    /** The people of my block. */
    BLOCK,
    /** The people of my street, including my block. */
    STREET,
    /** The people of my neighbourhood, including my street, and its community builder. */
    NEIGHBOURHOOD,
    /** Only the community builder of my neighbourhood. */
    BUILDER,
}
