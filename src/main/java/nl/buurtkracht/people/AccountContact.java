package nl.buurtkracht.people;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Where and in which language to reach the person behind an account (for notifications). */
public record AccountContact(
    long accountId,
    @Nullable Long residentId,
    String displayName,
    String email,
    Locale locale
) {}
