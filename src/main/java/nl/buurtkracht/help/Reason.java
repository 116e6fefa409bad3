package nl.buurtkracht.help;

/** A reason in plain words, as a message key with its arguments ("houdt ook van {0}"). */
public record Reason(String key, Object... args) {}
