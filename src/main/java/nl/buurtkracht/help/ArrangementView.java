package nl.buurtkracht.help;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A regular arrangement between two neighbours with its coming and recent times. {@code myFeeling}
 * and {@code myNote} are the reader's own private "how was it?", never the other person's.
 */
public record ArrangementView(
    long id,
    long askId,
    long askerResidentId,
    String askerName,
    long helperResidentId,
    String helperName,
    HelpKind kind,
    String rrule,
    String status,
    List<Time> times,
    boolean metOnce,
    @Nullable String myFeeling,
    @Nullable String myNote,
    boolean iAmHelper
) {
    /** One time: "MET", "SKIPPED", or null while nobody said; {@code past} once it has begun. */
    public record Time(
        LocalDate day,
        ZonedDateTime startsAt,
        @Nullable String answer,
        @Nullable String answeredBy,
        boolean past
    ) {}
}
