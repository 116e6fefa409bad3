package nl.buurtkracht.place;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A meeting place closed from a day until a day (or until further notice), with the reason it gives. */
public record PlaceClosure(LocalDate from, @Nullable LocalDate until, String reason) {}
