package nl.buurtkracht.help;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.buurtkracht.consent.ConsentMethod;
import org.jspecify.annotations.Nullable;

/**
 * "Ik wil graag…" on a standing offer: when the first time would be, whether it should come back
 * (an RRULE, empty for once), a word to the helper, and for whom when someone accepts for a
 * neighbour.
 */
public record AcceptForm(
    @Nullable LocalDate day,
    @Nullable LocalTime start,
    String rrule,
    String message,
    @Nullable Long forResidentId,
    @Nullable ConsentMethod consentMethod
) {}
