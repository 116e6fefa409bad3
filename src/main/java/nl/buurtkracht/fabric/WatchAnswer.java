package nl.buurtkracht.fabric;

/** What someone who was asked about a resident answers. */
public enum WatchAnswer {
    /** "Ja, ik heb haar gezien of gesproken": a contact, and the count starts again. */
    SEEN,
    /** "Nee, ik ga even langs": to be confirmed afterwards. */
    GOING,
    /** "Nee, en ik maak me zorgen": the street host (and the builder, with consent) hear of it at once. */
    WORRIED,
}
