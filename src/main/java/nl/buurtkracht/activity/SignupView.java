package nl.buurtkracht.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone who signed up for one time, as the organiser sees it.
 *
 * @param position the number on the waiting list (1 is next), or 0 for a seat
 * @param attended whether they came, once the organiser said so
 */
public record SignupView(
    long id,
    long residentId,
    String name,
    SignupStatus status,
    int position,
    Instant signedUpAt,
    @Nullable Boolean attended
) {}
