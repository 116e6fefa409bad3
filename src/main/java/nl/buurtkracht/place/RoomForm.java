package nl.buurtkracht.place;

import org.jspecify.annotations.Nullable;

/** A room's name and how many people fit in it (empty when not known). */
public record RoomForm(String name, @Nullable Integer capacity) {
    public RoomForm {
        name = name.strip();
    }
}
