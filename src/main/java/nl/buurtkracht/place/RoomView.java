package nl.buurtkracht.place;

import org.jspecify.annotations.Nullable;

/** A bookable room of a place; {@code capacity} is null when nobody counted. */
public record RoomView(long id, long placeId, String name, @Nullable Integer capacity) {}
