package nl.buurtkracht.initiative;

/** A resident joined an initiative (or took one of its tasks, which joins it too). */
public record InitiativeJoined(long initiativeId, long residentId, long neighbourhoodId) {}
