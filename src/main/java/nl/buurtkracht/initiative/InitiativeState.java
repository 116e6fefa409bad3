package nl.buurtkracht.initiative;

/** An initiative's life: a spark others may join, active, paused for a while, or ended (kept as history). */
public enum InitiativeState {
    SPARK,
    ACTIVE,
    PAUSED,
    ENDED,
}
