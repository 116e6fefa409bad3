package nl.buurtkracht.initiative;

import java.util.List;

/** An initiative's life: a spark others may join, active, paused for a while, or ended (kept as history). */
public enum InitiativeState {
    SPARK,
    ACTIVE,
    PAUSED,
    ENDED;

    /** The states it may move to; an ended initiative stays ended, with its history. */
    public List<InitiativeState> next() {
        return switch (this) {
            case SPARK -> List.of(ACTIVE, ENDED);
            case ACTIVE -> List.of(PAUSED, ENDED);
            case PAUSED -> List.of(ACTIVE, ENDED);
            case ENDED -> List.of();
        };
    }
}
