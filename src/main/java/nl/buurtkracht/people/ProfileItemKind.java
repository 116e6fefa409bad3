package nl.buurtkracht.people;

/** The kinds of strength a profile lists, in the order the profile page asks for them (R2). */
public enum ProfileItemKind {
    /** Wat ik goed kan. */
    TALENT,
    /** Wat ik graag doe. */
    LIKE,
    /** Wat ik kan aanbieden. */
    OFFER,
    /** Wat ik zou willen: doen, leren of hebben. */
    WISH,
    /** Talen die ik spreek. */
    LANGUAGE,
}
