package nl.buurtkracht.place;

/** A closure as a place's manager sees it, with the id to remove it by. */
public record ClosureView(long id, long placeId, PlaceClosure closure) {}
