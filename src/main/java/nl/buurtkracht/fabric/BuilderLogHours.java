package nl.buurtkracht.fabric;

import java.math.BigDecimal;

/** The hours builders logged for a neighbourhood in a period, and in how many lines. */
public record BuilderLogHours(BigDecimal hours, int entries, int builders) {}
