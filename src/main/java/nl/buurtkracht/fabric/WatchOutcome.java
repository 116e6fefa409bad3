package nl.buurtkracht.fabric;

/** What became of an answer, so the page can say it in plain words. */
public enum WatchOutcome {
    /** Seen: the count starts again. */
    SEEN,
    /** Seen, but someone else had just said so: nothing more to do. */
    SEEN_ALREADY,
    /** Going to look: please come back and say how it was. */
    GOING,
    /** A worry: the street host and the builder were told. */
    WORRY_HOST_AND_BUILDER,
    /** A worry: the street host was told. */
    WORRY_HOST,
    /** A worry: the builder was told (there is no street host). */
    WORRY_BUILDER,
    /** A worry, but there is nobody to tell: the page says whom to call. */
    WORRY_NOBODY,
    /** Nothing was open any more (someone had contact, or the watch was paused). */
    NOTHING_OPEN,
}
