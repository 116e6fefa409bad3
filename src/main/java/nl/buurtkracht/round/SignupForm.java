package nl.buurtkracht.round;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A volunteer's yes for one day of a round, with the hours they can give. */
public record SignupForm(@Nullable LocalTime availableFrom, @Nullable LocalTime availableUntil) {}
