package nl.buurtkracht.place;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A closure to record: from the first closed day until the day the place opens again, or until
 * further notice when {@code until} is null.
 */
public record ClosureForm(@Nullable LocalDate from, @Nullable LocalDate until, String reason) {
    public ClosureForm {
        reason = reason.strip();
    }
}
