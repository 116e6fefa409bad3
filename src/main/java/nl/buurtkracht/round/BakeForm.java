package nl.buurtkracht.round;

import org.jspecify.annotations.Nullable;

/** "I bake for this day": how many pieces, and what (may be empty, e.g. "appeltaart"). */
public record BakeForm(@Nullable Integer pieces, String what) {}
