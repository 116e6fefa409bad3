package nl.buurtkracht.place;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Whether a place is open at a moment, and when that changes, in local time (Europe/Amsterdam).
 *
 * @param changesAt when it closes (OPEN) or next opens (OPENS_LATER); null otherwise
 * @param closure the closure in force (CLOSED_FOR_A_WHILE); null otherwise
 */
public record OpeningStatus(Kind kind, @Nullable LocalDateTime changesAt, @Nullable PlaceClosure closure) {
    public enum Kind {
        /** Open now, until {@code changesAt}. */
        OPEN,
        /** Closed now, opens again at {@code changesAt}. */
        OPENS_LATER,
        /** Closed all day because of a closure (a holiday, "closed until 1 July"). */
        CLOSED_FOR_A_WHILE,
        /** Closed now and no opening in the coming year. */
        CLOSED,
        /** No opening hours known. */
        NO_HOURS,
    }
}
