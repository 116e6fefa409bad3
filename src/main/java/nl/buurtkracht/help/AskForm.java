package nl.buurtkracht.help;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.buurtkracht.consent.ConsentMethod;
import org.jspecify.annotations.Nullable;

/**
 * An ask as filled in. {@code kind}, {@code urgency}, {@code reach} and {@code channel} arrive as
 * names and are checked with the other fields, so an unknown one is a field problem like any other.
 * {@code forResidentId} names the person helped when someone asks on their behalf; {@code
 * consentMethod} records how that person agreed (said so, or signed on paper) when the ledger does
 * not hold their consent yet. {@code rrule} is empty for a one-off.
 */
public record AskForm(
    String kind,
    String description,
    @Nullable LocalDate day,
    @Nullable LocalTime start,
    @Nullable Integer minutes,
    String rrule,
    String location,
    String urgency,
    String reach,
    boolean ageBridging,
    @Nullable Long forResidentId,
    String channel,
    @Nullable ConsentMethod consentMethod
) {}
