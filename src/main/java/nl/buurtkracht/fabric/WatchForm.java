package nl.buurtkracht.fabric;

import java.util.List;
import nl.buurtkracht.consent.ConsentMethod;
import org.jspecify.annotations.Nullable;

/**
 * The watch a resident chooses: after how many quiet days, whom to ask (1 to 5 neighbours or the
 * street host, by resident id), and whether the community builder may be told at the end. When
 * someone sets it up for a neighbour, {@code consentMethod} (VERBAL or PAPER) records the
 * neighbour's yes; without one, their consent must be in force already.
 */
public record WatchForm(
    @Nullable Integer quietDays,
    List<Long> circle,
    boolean tellBuilder,
    @Nullable ConsentMethod consentMethod
) {
    public WatchForm {
        circle = List.copyOf(circle);
    }
}
