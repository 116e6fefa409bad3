package nl.buurtkracht.fabric;

/** What a community builder did: the "gatenvuller" work of seed 000, in a few kinds. */
public enum BuilderLogKind {
    /** Brought people together: someone with an idea to someone who can help. */
    COUPLED,
    /** Supported an initiative (a meeting, a grant application, a hand). */
    SUPPORTED_INITIATIVE,
    /** Went by a resident, a street or a meeting place. */
    VISITED,
    OTHER,
}
