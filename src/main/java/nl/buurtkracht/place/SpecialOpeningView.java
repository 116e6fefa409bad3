package nl.buurtkracht.place;

/** A special opening as a place's manager sees it, with the id to remove it by. */
public record SpecialOpeningView(long id, long placeId, SpecialOpening opening) {}
