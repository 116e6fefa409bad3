package nl.buurtkracht.round;

import java.time.LocalTime;
import nl.buurtkracht.consent.ConsentMethod;
import org.jspecify.annotations.Nullable;

/**
 * A resident who will be visited, their time window and practical notes ("bel twee keer aan"). A
 * consent method (VERBAL or PAPER) records the resident's yes now, told to a host, builder or
 * coordinator; without one their own consent must be in force already.
 */
public record RecipientForm(
    @Nullable Long residentId,
    @Nullable LocalTime windowFrom,
    @Nullable LocalTime windowUntil,
    String notes,
    @Nullable ConsentMethod consentMethod
) {}
