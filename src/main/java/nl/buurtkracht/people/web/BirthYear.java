package nl.buurtkracht.people.web;

import org.jspecify.annotations.Nullable;

/** Reads a birth year typed into a text field; empty means "not given". */
final class BirthYear {

    static final class Unreadable extends RuntimeException {

        private static final long serialVersionUID = 1L;
    }

    private BirthYear() {}

    static @Nullable Integer parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new Unreadable();
        }
    }
}
