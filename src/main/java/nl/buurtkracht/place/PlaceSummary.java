package nl.buurtkracht.place;

/** What another module shows of a meeting place: its name, where it is and in which neighbourhood. */
public record PlaceSummary(long id, String name, String addressLine, long neighbourhoodId, double lat, double lon) {}
