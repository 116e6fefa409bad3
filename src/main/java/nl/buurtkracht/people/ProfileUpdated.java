package nl.buurtkracht.people;

/** A resident's profile was saved (by them or on their behalf), for search and the asset map to refresh. */
public record ProfileUpdated(long residentId) {}
